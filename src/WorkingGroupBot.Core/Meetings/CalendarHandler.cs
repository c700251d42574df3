using Microsoft.Extensions.Options;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Links;
using WorkingGroupBot.People;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>
/// The calendar feed links: each member has their own, chairs also manage the group's. A link is made on first view;
/// renewing makes a new one (the old stops working); revoking stops it. Anyone with a link can read its feed, so the
/// links are shown only in the caller's personal chat: asked in a channel or group chat, they are sent there.
/// </summary>
public sealed class CalendarHandler(
    ILinkStore links,
    PersonalChats personalChats,
    IPersonStore people,
    IOptions<BotOptions> options
)
{
    public async Task<Reply> ShowAsync(GroupContext context, CancellationToken cancellationToken) =>
        await InPersonalChatAsync(
            context,
            await CardAsync(context, null, create: true, cancellationToken),
            cancellationToken
        );

    public Task<Reply> RenewAsync(GroupContext context, CancellationToken cancellationToken) =>
        ChangeAsync(
            context,
            person =>
                links.RenewFeedAsync(context.Group.Key, person, context.Request.Caller.Language, cancellationToken),
            TextKey.CalendarRenewed,
            cancellationToken
        );

    public Task<Reply> RevokeAsync(GroupContext context, CancellationToken cancellationToken) =>
        ChangeAsync(
            context,
            person => links.RevokeFeedAsync(context.Group.Key, person, cancellationToken),
            TextKey.CalendarRevoked,
            cancellationToken
        );

    /// <param name="change">Applied to the caller's own feed, or to the group's (null) when the card names
    /// that.</param>
    private async Task<Reply> ChangeAsync(
        GroupContext context,
        Func<string?, Task> change,
        TextKey done,
        CancellationToken cancellationToken
    )
    {
        var groupFeed = context.Request.Input.String(CardData.Feed) == CalendarCard.GroupFeed;
        if (groupFeed && !context.Member.IsChair)
        {
            return new TextReply(context.Texts[TextKey.RefusedChairsOnly]);
        }

        await change(groupFeed ? null : context.Member.AadObjectId);
        var card = await CardAsync(
            context,
            new Notice(context.Texts[done], IsProblem: false),
            create: false,
            cancellationToken
        );
        return await InPersonalChatAsync(context, card, cancellationToken);
    }

    /// <summary>The card itself in the personal chat; elsewhere it goes there, and the channel is told so.</summary>
    private async Task<Reply> InPersonalChatAsync(
        GroupContext context,
        CardReply card,
        CancellationToken cancellationToken
    )
    {
        if (context.Request.Turn.Scope == ConversationScope.Personal)
        {
            return card;
        }

        var caller = context.Request.Caller;
        var person = await people.FindAsync(caller.TenantId, caller.AadObjectId, cancellationToken);
        var sent = await personalChats.SendAsync(context.Group, context.Member, person, card.Card, cancellationToken);
        return new TextReply(
            context.Texts[sent == SendOutcome.Sent ? TextKey.CalendarSentPersonally : TextKey.CalendarNotSentPersonally]
        );
    }

    private async Task<CardReply> CardAsync(
        GroupContext context,
        Notice? notice,
        bool create,
        CancellationToken cancellationToken
    )
    {
        var (group, member) = (context.Group, context.Member);
        async Task<string?> UrlAsync(string? person)
        {
            var link = await links.FindFeedAsync(group.Key, person, cancellationToken)
                ?? (
                    create
                        ? await links.RenewFeedAsync(
                            group.Key,
                            person,
                            context.Request.Caller.Language,
                            cancellationToken
                        )
                        : null
                );
            return link is null ? null : $"{options.Value.PublicUrl.TrimEnd('/')}/calendar/{link.Token}.ics";
        }

        var personal = await UrlAsync(member.AadObjectId);
        var groupUrl = member.IsChair ? await UrlAsync(null) : null;
        return new CardReply(CalendarCard.Build(context.Texts, group, personal, groupUrl, member.IsChair, notice));
    }
}
