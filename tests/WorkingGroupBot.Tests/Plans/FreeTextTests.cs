using System.Globalization;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Tests.Plans;

public sealed class FreeTextTests
{
    [Fact]
    public void A_code_split_between_two_fields_is_found() => Assert.True(FreeText.HasPersonalCode("Tikšanās 010190-", "12345 klasē"));

    [Fact]
    public void Numbers_in_separate_fields_are_not_a_code() => Assert.False(FreeText.HasPersonalCode("Tālrunis 67123456", null, "Termiņš 01.01.2025"));

    [Theory]
    [InlineData(TextKey.ProblemTitleTooLong, FreeText.ActionTitle)]
    [InlineData(TextKey.ProblemDescriptionTooLong, FreeText.ActionDescription)]
    [InlineData(TextKey.ProblemNoteTooLong, FreeText.Note)]
    [InlineData(TextKey.ProblemReasonTooLong, FreeText.BlockedReason)]
    [InlineData(TextKey.ProblemAreaNameTooLong, FreeText.AreaName)]
    [InlineData(TextKey.ProblemMeetingTitleTooLong, FreeText.MeetingTitle)]
    [InlineData(TextKey.ProblemPlaceTooLong, FreeText.MeetingPlace)]
    [InlineData(TextKey.ProblemDecisionTooLong, FreeText.Decision)]
    [InlineData(TextKey.ProblemDecisionTooLong, FreeText.OtherDecisions)]
    [InlineData(TextKey.ProblemDecisionsTooMany, FreeText.DecisionsPerMeeting)]
    public void Each_limit_is_the_one_its_message_names(TextKey message, int limit)
    {
        foreach (var text in TextSet.InAllLanguages(message))
        {
            Assert.Matches($@"\b{limit.ToString(CultureInfo.InvariantCulture)}\b", text);
        }
    }
}
