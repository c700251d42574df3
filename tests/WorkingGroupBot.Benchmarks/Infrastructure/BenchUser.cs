namespace WorkingGroupBot.Benchmarks.Infrastructure;

/// <summary>A Teams user: the 29: id the bot sees, the stable AAD object id and a name.</summary>
public sealed record BenchUser(string Id, string AadObjectId, string Name)
{
    public static BenchUser Create(string name)
    {
        var aad = Guid.NewGuid().ToString();
        return new BenchUser("29:" + aad.Replace("-", ""), aad, name);
    }
}
