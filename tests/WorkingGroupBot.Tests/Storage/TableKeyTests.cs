using WorkingGroupBot.Storage;

namespace WorkingGroupBot.Tests.Storage;

public sealed class TableKeyTests
{
    [Theory]
    [InlineData("19:abc@thread.tacv2")]
    [InlineData("a:1Xyz-_=")]
    [InlineData("29:1AbC")]
    public void Teams_ids_are_kept_as_they_are(string id) => Assert.Equal(id, TableKey.Of(id));

    [Fact]
    public void Characters_tables_forbid_are_escaped()
    {
        var key = TableKey.Of("a/b\\c#d?e\tf");

        Assert.DoesNotContain('/', key);
        Assert.DoesNotContain('\\', key);
        Assert.DoesNotContain('#', key);
        Assert.DoesNotContain('?', key);
        Assert.DoesNotContain('\t', key);
    }

    [Fact]
    public void Composite_keys_cannot_be_confused()
    {
        Assert.NotEqual(TableKey.Of("a|b", "c"), TableKey.Of("a", "b|c"));
        Assert.NotEqual(TableKey.Of("a%007C", "b"), TableKey.Of("a|", "b"));
    }

    [Fact]
    public void A_composite_key_gives_back_its_parts()
    {
        string[] parts = ["tenant-1", "19:a|b/c%d@thread.tacv2"];

        Assert.Equal(parts, TableKey.PartsOf(TableKey.Of(parts)));
    }
}
