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

    /// <summary>Which institution usually takes each of the template's areas (chairs change it on the areas
    /// card).</summary>
    public static IReadOnlyDictionary<TextKey, TextKey> SuggestedInstitution { get; } =
        new Dictionary<TextKey, TextKey>
        {
            [TextKey.AreaDataCollection] = TextKey.InstitutionSocialService,
            [TextKey.AreaProfessionalTraining] = TextKey.InstitutionEducation,
            [TextKey.AreaChildrenEducation] = TextKey.InstitutionEducation,
            [TextKey.AreaParentsEducation] = TextKey.InstitutionSocialService,
            [TextKey.AreaCooperationProcedures] = TextKey.InstitutionOrphansCourt,
            [TextKey.AreaCommunityAwareness] = TextKey.InstitutionMunicipalPolice,
        };
}
