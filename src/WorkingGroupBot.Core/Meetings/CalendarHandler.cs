using Microsoft.Extensions.Options;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Links;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>
/// The calendar feed links: each member has their own, chairs also manage the group's. A link is made on first view;
/// renewing makes a new one (the old stops working); revoking stops it.
/// </summary>
public sealed class CalendarHandler(GroupScope scope, ILinkStore links, IOptions<BotOptions> options)
{
    public Task<Reply> ShowAsync(Request request, CancellationToken cancellationToken) =>
        scope.RunAsync(request, m => CardAsync(request, m, null, create: true, cancellationToken), cancellationToken);

    public Task<Reply> RenewAsync(Request request, CancellationToken cancellationToken) =>
        ChangeAsync(request, async (m, person) => await links.RenewFeedAsync(m.Group.Key, person, request.Caller.Language, cancellationToken), TextKey.CalendarRenewed, cancellationToken);

    public Task<Reply> RevokeAsync(Request request, CancellationToken cancellationToken) =>
        ChangeAsync(request, (m, person) => links.RevokeFeedAsync(m.Group.Key, person, cancellationToken), TextKey.CalendarRevoked, cancellationToken);

    private Task<Reply> ChangeAsync(Request request, Func<Membership, string?, Task> change, TextKey done, CancellationToken cancellationToken) =>
        scope.RunAsync(request, async m =>
        {
            var groupFeed = request.Input.String(CardData.Feed) == CalendarCard.GroupFeed;
            if (groupFeed && !m.Member.IsChair)
            {
                return new TextReply(request.Texts[TextKey.RefusedChairsOnly]);
            }

            await change(m, groupFeed ? null : m.Member.AadObjectId);
            return await CardAsync(request, m, new Notice(request.Texts[done], IsProblem: false), create: false, cancellationToken);
        }, cancellationToken);

    private async Task<Reply> CardAsync(Request request, Membership m, Notice? notice, bool create, CancellationToken cancellationToken)
    {
        async Task<string?> UrlAsync(string? person)
        {
            var link = await links.FindFeedAsync(m.Group.Key, person, cancellationToken)
                ?? (create ? await links.RenewFeedAsync(m.Group.Key, person, request.Caller.Language, cancellationToken) : null);
            return link is null ? null : $"{options.Value.PublicUrl.TrimEnd('/')}/calendar/{link.Token}.ics";
        }

        var personal = await UrlAsync(m.Member.AadObjectId);
        var group = m.Member.IsChair ? await UrlAsync(null) : null;
        return new CardReply(CalendarCard.Build(request.Texts, m.Group, personal, group, m.Member.IsChair, notice));
    }
}
