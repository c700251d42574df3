using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Delivery;

/// <summary>The group's digest in its channel; each list is cut short so the card stays small.</summary>
public static class DigestCard
{
    private const int MaxPerList = 10;

    public static JsonObject Build(TextSet texts, Group group, Digest digest, IReadOnlyList<Member> members)
    {
        string Line(ActionItem a) => Formats.Line(texts, a, members);

        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts.Format(TextKey.DigestTitle, group.Name)),
            .. Section(texts, TextKey.DigestDueThisWeek, digest.DueThisWeek.Select(Line)),
            .. Section(texts, TextKey.DigestOverdue, digest.Overdue.Select(Line)),
            .. Section(
                texts,
                TextKey.DigestBlocked,
                digest.Blocked.Select(a => $"{Line(a)}: {Formats.Short(a.BlockedReason ?? "", 100)}")
            ),
            .. Section(
                texts,
                TextKey.DigestDone,
                digest.DoneSince.Select(a => $"{Formats.ShortTitle(a)} — {Formats.People(a, members)}")
            ),
            .. digest.Unreachable.Count == 0
                ? Array.Empty<JsonNode>()
                : Section(texts, TextKey.DigestUnreachable, digest.Unreachable.Select(m => Formats.Short(m.Name, 60))),
            .. digest.Away.Count == 0
                ? Array.Empty<JsonNode>()
                : Section(
                    texts,
                    TextKey.DigestAway,
                    digest.Away.Select(a =>
                        texts.Format(
                            TextKey.AwayCoveredBy,
                            Formats.Short(a.Member.Name, 60),
                            Formats.Date(texts, a.Member.Away!.To),
                            a.Cover?.Name ?? "—"
                        )
                    )
                ),
        ];
        return AdaptiveCard.Create(
            body,
            [
                AdaptiveCard.Submit(texts[TextKey.ButtonMyActions], Conversations.Verbs.MyActions),
                AdaptiveCard.Submit(texts[TextKey.CommandPlan], Conversations.Verbs.Plan),
            ]
        );
    }

    private static IEnumerable<JsonNode> Section(TextSet texts, TextKey title, IEnumerable<string> lines)
    {
        var all = lines.ToList();
        yield return AdaptiveCard.Subheading(texts.Format(title, all.Count));
        if (all.Count == 0)
        {
            yield return AdaptiveCard.Text(texts[TextKey.DigestNothing], subtle: true);
            yield break;
        }

        var shown = all.Take(MaxPerList).ToList();
        if (all.Count > MaxPerList)
        {
            shown.Add(texts.Format(TextKey.DigestMore, all.Count - MaxPerList));
        }

        yield return AdaptiveCard.Bullets(shown);
    }
}
