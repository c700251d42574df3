using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>Shown while the group has no plan: chairs choose the template or an empty plan; members are told to
/// wait.</summary>
public static class PlanStartCard
{
    public static JsonObject Build(TextSet texts, Group group, bool viewerIsChair)
    {
        if (!viewerIsChair)
        {
            return AdaptiveCard.Create([
                AdaptiveCard.Heading(texts.Format(TextKey.PlanTitle, group.Name)),
                AdaptiveCard.Text(texts[TextKey.PlanNotStartedMember]),
            ]);
        }

        var data = new JsonObject { [CardData.Group] = group.Key.GroupId };
        return AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(texts.Format(TextKey.PlanTitle, group.Name)),
                AdaptiveCard.Text(texts[TextKey.PlanNotStartedChair]),
                AdaptiveCard.Bullets(PlanTemplate.Areas.Select(a => texts[a])),
            ],
            [
                AdaptiveCard.Execute(
                    texts[TextKey.ButtonStartFromTemplate],
                    Verbs.StartPlanFromTemplate,
                    data,
                    primary: true
                ),
                AdaptiveCard.Execute(texts[TextKey.ButtonStartEmpty], Verbs.StartEmptyPlan, data),
            ]
        );
    }
}
