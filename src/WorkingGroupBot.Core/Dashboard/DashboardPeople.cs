using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Dashboard;

/// <summary>The tab's people: the institutions with their representatives and deputy and their part of the plan, and
/// who is away today with who covers for them, as the plan card's "By institution" and "Away" lines have them.</summary>
public static class DashboardPeople
{
    /// <summary>Each institution in the group's order, its people by name, and its unfinished and overdue actions in
    /// words (⚠ only when some are overdue); empty in a group without institutions.</summary>
    public static JsonArray Institutions(TextSet texts, PlanPicture picture) =>
        new([
            .. Institution
                .Ordered(picture.ByInstitution, b => b.Institution, texts)
                .Select(b => new JsonObject
                {
                    ["name"] = b.Institution.DisplayName(texts),
                    ["representatives"] = texts.Format(
                        TextKey.InstitutionRepresentatives,
                        string.Join(", ", b.Institution.Representatives.Select(picture.NameOf))
                    ),
                    ["deputy"] = texts.Format(
                        TextKey.InstitutionDeputy,
                        b.Institution.Deputy is { } deputy ? picture.NameOf(deputy) : "—"
                    ),
                    ["unfinished"] = b.Unfinished,
                    ["overdue"] = b.Overdue,
                    ["load"] =
                        b.Overdue > 0
                            ? texts.Format(TextKey.DashInstitutionLoad, b.Unfinished, b.Overdue)
                            : texts.Format(TextKey.DashInstitutionUnfinished, b.Unfinished),
                }),
        ]);

    /// <summary>Who is away today, until when, and who gets their reminders meanwhile ("—" when no one does).</summary>
    public static JsonArray Away(TextSet texts, PlanPicture picture) =>
        new([
            .. picture.Away.Select(a =>
            {
                var until = Formats.Date(texts, a.Member.Away!.To);
                return new JsonObject
                {
                    ["name"] = a.Member.Name,
                    ["until"] = until,
                    ["cover"] = a.Cover?.Name,
                    ["text"] = texts.Format(TextKey.AwayCoveredBy, a.Member.Name, until, a.Cover?.Name ?? "—"),
                };
            }),
        ]);
}
