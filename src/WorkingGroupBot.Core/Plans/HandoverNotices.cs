using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// When people leave a team with unfinished actions, its channel gets one notice per person with "Hand over…" for the
/// chairs (the plan's Behind section lists them too, until every action has someone new).
/// </summary>
public sealed partial class HandoverNotices(
    IPlanStore plans,
    IProactiveSender sender,
    IStorageFailures failures,
    ILogger<HandoverNotices> logger
) : ILeaveNotices
{
    public async Task LeftAsync(Group group, IReadOnlyList<string> left, CancellationToken cancellationToken)
    {
        if (left.Count == 0)
        {
            return;
        }

        PlanRead read;
        try
        {
            read = await plans.ReadAsync(group.Key, new PlanReads(AllActions: true), cancellationToken);
        }
        catch (Exception e) when (failures.Is(e, cancellationToken))
        {
            // The roster is synced; only the notice is lost: the plan's Behind section still lists who left.
            LogNoticeLost(logger, e, group.Key.ToString());
            return;
        }

        var texts = TextSet.For(group.Language);
        foreach (var person in read.Members.Where(m => left.Contains(m.AadObjectId)))
        {
            var unfinished = HandoverCard.Of(read.Actions, person).Count;
            if (unfinished > 0)
            {
                await sender.SendAsync(group.Channel, Card(texts, group, person, unfinished), cancellationToken);
            }
        }
    }

    public static JsonObject Card(TextSet texts, Group group, Member person, int unfinished) =>
        AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(texts.Format(TextKey.HandoverTitle, person.Name)),
                AdaptiveCard.Text(texts.Format(TextKey.HandoverNotice, person.Name, unfinished)),
            ],
            [
                AdaptiveCard.Execute(
                    texts[TextKey.ButtonHandover],
                    Verbs.Handover,
                    new JsonObject { [CardData.Group] = group.Key.GroupId, [CardData.Member] = person.AadObjectId }
                ),
            ]
        );

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "No handover notice for {Group}: table storage does not answer (the plan still lists who left)"
    )]
    private static partial void LogNoticeLost(ILogger logger, Exception exception, string group);
}
