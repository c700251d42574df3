using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.People;
using WorkingGroupBot.Storage;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Teams;

/// <summary>
/// A member whose group row in People is missing (a roster sync cut short by an older version wrote the member's row
/// first) is repaired, not locked out.
/// </summary>
[Collection(BotCollection.Name)]
public sealed class RosterRepairTests(BotFixture fixture)
{
    private readonly BotHost bot = fixture.Bot;
    private IPersonStore People => bot.Services.GetRequiredService<IPersonStore>();

    [Fact]
    public async Task A_member_without_a_person_row_is_served_in_their_personal_chat_and_the_row_is_written()
    {
        var d = new PlanDriver(bot, fixture.Connector, fixture.NewWorld());
        var world = d.World;
        await d.SetUpAsync();
        await d.CreateActionAsync(world.Anna, "Tikšanās ar skolu sociālajiem pedagogiem", [world.Janis], PlanDriver.Today.AddDays(10));
        await LosePersonRowAsync(world, world.Janis);

        var mine = await d.AskPersonallyAsync(world.Janis, "mani uzdevumi");

        Assert.Contains("Tikšanās ar skolu sociālajiem pedagogiem", CardTexts.Of(mine));
        Assert.Equal([world.TeamId], (await People.FindAsync(world.TenantId, world.Janis.AadObjectId, default))!.GroupIds);
    }

    [Fact]
    public async Task A_later_roster_event_writes_the_person_rows_an_earlier_sync_left_out()
    {
        var world = fixture.NewWorld();
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));
        await LosePersonRowAsync(world, world.Liga);

        await bot.DeliverAsync(world.TeamMembersAdded(world.Anna, world.Join("Ilze Kļaviņa")));

        Assert.Equal([world.TeamId], (await People.FindAsync(world.TenantId, world.Liga.AadObjectId, default))!.GroupIds);
    }

    private Task LosePersonRowAsync(TeamsWorld world, TestUser who) =>
        bot.Services.GetRequiredService<TableStorage>().People.DeleteEntityAsync(
            PersonEntity.PartitionOf(world.TenantId, who.AadObjectId), PersonEntity.GroupRowOf(world.TeamId));
}
