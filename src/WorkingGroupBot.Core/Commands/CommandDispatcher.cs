using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Commands;

/// <summary>
/// Routes a request, typed or pressed, to its handler by its verb. For a verb on a group it finds the group once, reads
/// the group's partition once (plan, members, and the actions or the action the route asks for), checks that the
/// caller is in the roster and may use the verb, and calls the handler with all of it; the handler reads no more of it.
/// </summary>
public sealed class CommandDispatcher(
    IEnumerable<IRoutes> features,
    MembershipLookup lookup,
    IPlanStore plans,
    TimeProvider clock
)
{
    private const int EchoLimit = 60;

    private readonly Dictionary<string, Route> routes = features.SelectMany(f => f.Routes).ToDictionary(r => r.Verb);

    public async Task<Reply> HandleAsync(Request request, CancellationToken cancellationToken)
    {
        if (request.Verb is null || !routes.TryGetValue(request.Verb, out var route))
        {
            return new CardReply(HelpCard.Hint(request.Texts, Shorten(request.TypedText)));
        }

        if (route.OnCaller is { } onCaller)
        {
            return await onCaller(request, cancellationToken);
        }

        var reads = route.Reads(request);
        // In a channel or group chat the group is known: its partition is read beside its row, in one round trip.
        var early = request.Turn.Group is { } key ? plans.ReadAsync(key, reads, cancellationToken) : null;
        var groups = lookup.GroupsAsync(request.Turn, cancellationToken);
        await Task.WhenAll(early is null ? [groups] : [groups, early]);
        var (chosen, refusal) = await ChooseAsync(request, await groups, cancellationToken);
        if (chosen is null)
        {
            return refusal!;
        }

        var read = early is null ? await plans.ReadAsync(chosen.Key, reads, cancellationToken) : await early;
        if (
            read.Members.FirstOrDefault(m => m.InRoster && m.AadObjectId == request.Caller.AadObjectId)
            is not { } member
        )
        {
            return new TextReply(request.Texts[TextKey.NotAMember]);
        }

        if (route.Access == Access.Chair && !member.IsChair)
        {
            return new TextReply(request.Texts[TextKey.RefusedChairsOnly]);
        }

        if (reads.Action is not null && read.Action is null)
        {
            return new TextReply(request.Texts[TextKey.ActionNotFound]);
        }

        var context = new GroupContext(request, new Membership(chosen, member), read, clock.Today(chosen.TimeZone));
        return await route.OnGroup!(context, cancellationToken);
    }

    /// <summary>
    /// The group the request is about: the card's (in a channel it must be the channel's), else the only one; with
    /// several and none named, the one the caller is in, or a card asking which; else why there is none.
    /// </summary>
    private async Task<(Group? Chosen, Reply? Refusal)> ChooseAsync(
        Request request,
        IReadOnlyList<Group> groups,
        CancellationToken cancellationToken
    )
    {
        var notAMember = new TextReply(request.Texts[TextKey.NotAMember]);
        if (request.Input.String(CardData.Group) is { } named)
        {
            return (groups.FirstOrDefault(g => g.Key.GroupId == named), notAMember);
        }

        if (groups.Count < 2)
        {
            return (groups.FirstOrDefault(), notAMember);
        }

        var memberships = await lookup.MembershipsAsync(request.Caller, groups, cancellationToken);
        return memberships.Count switch
        {
            0 => (null, notAMember),
            1 => (memberships[0].Group, null),
            _ => (null, new CardReply(ChooseGroupCard.Build(request.Texts, memberships, request.Verb!))),
        };
    }

    /// <summary>The typed text, short, and shown as typed (the reply is Markdown too).</summary>
    private static string Shorten(string? text)
    {
        var trimmed = (text ?? "").Trim();
        return AdaptiveCard.Literal(trimmed.Length <= EchoLimit ? trimmed : trimmed[..EchoLimit] + "…");
    }
}
