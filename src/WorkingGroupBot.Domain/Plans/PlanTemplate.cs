using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>The built-in child sexual abuse prevention plan: its areas, in both languages through the texts.</summary>
public static class PlanTemplate
{
    public static IReadOnlyList<TextKey> Areas { get; } =
    [
        TextKey.AreaDataCollection,
        TextKey.AreaProfessionalTraining,
        TextKey.AreaChildrenEducation,
        TextKey.AreaParentsEducation,
        TextKey.AreaCooperationProcedures,
        TextKey.AreaCommunityAwareness,
    ];
}
