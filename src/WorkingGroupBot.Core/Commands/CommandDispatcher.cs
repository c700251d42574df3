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

    /// <summary>Handles the request in a "turn" span, counted by verb, scope and outcome.</summary>
    public async Task<Reply> HandleAsync(Request request, CancellationToken cancellationToken)
    {
        var verb = request.Verb is not null && routes.ContainsKey(request.Verb) ? request.Verb : "unknown";
        using var span = Telemetry.Source.StartActivity("turn");
        span?.SetTag("wgb.verb", verb);
        span?.SetTag("wgb.scope", request.Turn.Scope.ToString());
        var outcome = "failed";
        try
        {
            var reply = await RouteAsync(request, cancellationToken);
            outcome = reply is CardReply ? "card" : "text";
            return reply;
        }
        finally
        {
            span?.SetTag("wgb.outcome", outcome);
            if (outcome == "failed")
            {
                span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
            }

            Telemetry.Turns.Add(
                1,
                new("verb", verb),
                new("scope", request.Turn.Scope.ToString()),
                new("outcome", outcome)
            );
        }
    }

    /// <summary>A clear answer that changes nothing, counted by its reason.</summary>
    private static TextReply Refuse(Request request, TextKey reason)
    {
        Telemetry.Refusals.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));
        return new TextReply(request.Texts[reason]);
    }

    private async Task<Reply> RouteAsync(Request request, CancellationToken cancellationToken)
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
            return Refuse(request, TextKey.NotAMember);
        }

        if (route.Access == Access.Chair && !member.IsChair)
        {
            return Refuse(request, TextKey.RefusedChairsOnly);
        }

        if (reads.Action is not null && read.Action is null)
        {
            return Refuse(request, TextKey.ActionNotFound);
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
        if (request.Input.String(CardData.Group) is { } named)
        {
            return Chosen(request, groups.FirstOrDefault(g => g.Key.GroupId == named));
        }

        if (groups.Count < 2)
        {
            return Chosen(request, groups.FirstOrDefault());
        }

        var memberships = await lookup.MembershipsAsync(request.Caller, groups, cancellationToken);
        return memberships.Count switch
        {
            0 => (null, Refuse(request, TextKey.NotAMember)),
            1 => (memberships[0].Group, null),
            _ => (null, new CardReply(ChooseGroupCard.Build(request.Texts, memberships, request.Verb!))),
        };
    }

    private static (Group? Chosen, Reply? Refusal) Chosen(Request request, Group? group) =>
        group is null ? (null, Refuse(request, TextKey.NotAMember)) : (group, null);

    /// <summary>The typed text, short, and shown as typed (the reply is Markdown too).</summary>
    private static string Shorten(string? text)
    {
        var trimmed = (text ?? "").Trim();
        return AdaptiveCard.Literal(trimmed.Length <= EchoLimit ? trimmed : trimmed[..EchoLimit] + "…");
    }
}
