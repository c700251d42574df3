using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Teams;

[Collection(BotCollection.Name)]
public sealed class InstallationTests(BotFixture fixture)
{
    private readonly BotHost bot = fixture.Bot;
    private readonly LoopbackConnector connector = fixture.Connector;
    private IGroupStore Groups => bot.Services.GetRequiredService<IGroupStore>();
    private IMemberStore Members => bot.Services.GetRequiredService<IMemberStore>();
    private IPersonStore People => bot.Services.GetRequiredService<IPersonStore>();

    [Fact]
    public async Task Team_install_creates_the_group_makes_the_installer_chair_and_welcomes_the_channel()
    {
        var world = fixture.NewWorld();

        await bot.DeliverAsync(world.TeamInstall(by: world.Janis));

        var group = await Groups.FindAsync(new GroupKey(world.TenantId, world.TeamId), default);
        Assert.NotNull(group);
        Assert.True(group.Active);
        Assert.Equal(GroupKind.Team, group.Kind);
        Assert.Equal(world.TeamName, group.Name);
        Assert.Equal(world.ChannelId, group.Channel.ConversationId);
        Assert.Equal(connector.Url, group.Channel.ServiceUrl);

        var members = await Members.ListAsync(group.Key, default);
        Assert.Equal(world.People.Select(p => p.AadObjectId).Order(), members.Select(m => m.AadObjectId).Order());
        Assert.Equal([world.Janis.AadObjectId], members.Where(m => m.IsChair).Select(m => m.AadObjectId));
        var anna = members.Single(m => m.AadObjectId == world.Anna.AadObjectId);
        Assert.Equal(world.Anna.Id, anna.Identity.TeamsUserId);
        Assert.Equal(world.Anna.Upn, anna.Identity.Upn);

        var welcome = Assert.Single(connector.MessagesTo(world.ChannelId));
        Assert.Contains(world.TeamName, welcome.CardText);
        Assert.Contains("Mani pievienoja Jānis Kalniņš, tāpēc šai personai tagad ir grupas vadītāja tiesības", welcome.CardText);
        Assert.Contains("Palīdzība", welcome.CardText);
    }

    [Fact]
    public async Task A_repeated_install_event_keeps_roles_and_does_not_welcome_again()
    {
        var world = fixture.NewWorld();
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));

        await bot.DeliverAsync(world.TeamInstall(by: world.Janis));

        Assert.Single(connector.MessagesTo(world.ChannelId));
        var chairs = (await Members.ListAsync(new GroupKey(world.TenantId, world.TeamId), default)).Where(m => m.IsChair);
        Assert.Equal([world.Anna.AadObjectId], chairs.Select(c => c.AadObjectId));
    }

    [Fact]
    public async Task Group_chat_install_creates_a_group_chat_group_and_welcomes_in_english()
    {
        var world = fixture.NewWorld();

        await bot.DeliverAsync(world.GroupChatInstall(by: world.Liga, locale: "en-GB"));

        var group = await Groups.FindAsync(new GroupKey(world.TenantId, world.GroupChatId), default);
        Assert.NotNull(group);
        Assert.Equal(GroupKind.GroupChat, group.Kind);
        Assert.Equal(world.GroupChatId, group.Channel.ConversationId);
        var chair = Assert.Single(await Members.ListAsync(group.Key, default), m => m.IsChair);
        Assert.Equal(world.Liga.AadObjectId, chair.AadObjectId);
        var welcome = Assert.Single(connector.MessagesTo(world.GroupChatId));
        Assert.Contains("Līga Ozola added me", welcome.CardText);
    }

    [Fact]
    public async Task Personal_install_stores_the_1on1_chat_and_names_the_members_groups()
    {
        var world = fixture.NewWorld();
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));

        await bot.DeliverAsync(world.PersonalInstall(world.Janis));

        var person = await People.FindAsync(world.TenantId, world.Janis.AadObjectId, default);
        Assert.NotNull(person?.PersonalChat);
        Assert.Equal(TeamsWorld.PersonalChatId(world.Janis), person.PersonalChat.ConversationId);
        Assert.Equal(TeamsWorld.BotId, person.PersonalChat.BotId);
        Assert.Equal([world.TeamId], person.GroupIds);
        var welcome = Assert.Single(connector.MessagesTo(TeamsWorld.PersonalChatId(world.Janis)));
        Assert.Contains(world.TeamName, welcome.CardText);
    }

    [Fact]
    public async Task Install_events_without_names_still_greet_by_name_and_name_an_unnamed_group_chat()
    {
        var world = fixture.NewWorld();
        var install = world.GroupChatInstall(by: world.Liga, locale: "lv-LV");
        install["from"]!.AsObject().Remove("name");
        install["conversation"]!.AsObject().Remove("name");
        var personal = world.PersonalInstall(world.Janis);
        personal["from"]!.AsObject().Remove("name");

        await bot.DeliverAsync(install);
        await bot.DeliverAsync(personal);

        Assert.Contains("Sveiki, Darba grupa!", connector.MessagesTo(world.GroupChatId)[^1].CardText);
        Assert.Contains("Sveiki, Jānis Kalniņš!", connector.MessagesTo(TeamsWorld.PersonalChatId(world.Janis))[^1].CardText);
    }

    [Fact]
    public async Task A_member_who_joins_the_team_is_added_and_one_who_leaves_is_marked_left()
    {
        var world = fixture.NewWorld();
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));
        var group = new GroupKey(world.TenantId, world.TeamId);

        var newcomer = world.Join("Ilze Kļaviņa");
        await bot.DeliverAsync(world.TeamMembersAdded(world.Anna, newcomer));

        var joined = await Members.FindAsync(group, newcomer.AadObjectId, default);
        Assert.True(joined is { InRoster: true, Role: MemberRole.Member });
        Assert.Equal([world.TeamId], (await People.FindAsync(world.TenantId, newcomer.AadObjectId, default))!.GroupIds);

        world.Leave(world.Liga);
        await bot.DeliverAsync(world.TeamMembersRemoved(world.Anna, world.Liga));

        var left = await Members.FindAsync(group, world.Liga.AadObjectId, default);
        Assert.False(left!.InRoster);
        Assert.Empty((await People.FindAsync(world.TenantId, world.Liga.AadObjectId, default))!.GroupIds);
    }

    [Fact]
    public async Task Removing_the_bot_marks_the_group_inactive_and_deletes_nothing()
    {
        var world = fixture.NewWorld();
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));

        await bot.DeliverAsync(world.TeamUninstall(by: world.Anna));

        var group = await Groups.FindAsync(new GroupKey(world.TenantId, world.TeamId), default);
        Assert.False(group!.Active);
        Assert.Equal(world.People.Count, (await Members.ListAsync(group.Key, default)).Count);
    }

    [Fact]
    public async Task Reinstalling_after_removal_reactivates_the_group_and_welcomes_again()
    {
        var world = fixture.NewWorld();
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));
        await bot.DeliverAsync(world.TeamUninstall(by: world.Anna));

        await bot.DeliverAsync(world.TeamInstall(by: world.Janis));

        Assert.True((await Groups.FindAsync(new GroupKey(world.TenantId, world.TeamId), default))!.Active);
        Assert.Equal(2, connector.MessagesTo(world.ChannelId).Count);
        var chairs = (await Members.ListAsync(new GroupKey(world.TenantId, world.TeamId), default)).Where(m => m.IsChair);
        Assert.Equal([world.Anna.AadObjectId], chairs.Select(c => c.AadObjectId));
    }
}
