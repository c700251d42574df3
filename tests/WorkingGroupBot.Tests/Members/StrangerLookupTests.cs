using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Members;

/// <summary>
/// Someone the bot knows no group of is looked for from the members' side (a query over the whole tenant) at most once
/// per interval, however often they write. A host and a clock of its own.
/// </summary>
public sealed class StrangerLookupTests(ReminderFixture fixture) : IClassFixture<ReminderFixture>
{
    [Fact]
    public async Task A_stranger_who_keeps_writing_is_looked_for_among_the_members_once_per_interval()
    {
        await using var bot = await fixture.StartHostAsync();
        var world = new TeamsWorld(fixture.Connector);
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));
        var ilze = TestUser.Create("Ilze Kļaviņa");
        var people = bot.Services.GetRequiredService<IPersonStore>();
        await bot.DeliverAsync(world.PersonalMessage(ilze, "mani uzdevumi"));

        // She becomes a member whose person row is missing (a sync cut short): the next message soon after does not look.
        await bot.Services.GetRequiredService<IMemberStore>().RecordRosterPageAsync(
            new GroupKey(world.TenantId, world.TeamId), [new TeamsIdentity { AadObjectId = ilze.AadObjectId, TeamsUserId = ilze.Id, Name = ilze.Name }], "joined-by-test", default);
        bot.Clock.Advance(MembershipLookup.MembersCheckInterval - TimeSpan.FromMinutes(1));
        await bot.DeliverAsync(world.PersonalMessage(ilze, "mani uzdevumi"));
        Assert.Empty((await people.FindAsync(world.TenantId, ilze.AadObjectId, default))?.GroupIds ?? []);

        bot.Clock.Advance(TimeSpan.FromMinutes(2));
        await bot.DeliverAsync(world.PersonalMessage(ilze, "mani uzdevumi"));
        Assert.Equal([world.TeamId], (await people.FindAsync(world.TenantId, ilze.AadObjectId, default))!.GroupIds);
    }
}
