using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Installation;

/// <summary>Posted to the group's channel or chat when the bot is added.</summary>
public static class WelcomeCard
{
    public static JsonObject Build(TextSet texts, string groupName, string chairName) =>
        AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(texts.Format(TextKey.WelcomeTitle, groupName)),
                AdaptiveCard.Text(texts[TextKey.WelcomeIntro]),
                AdaptiveCard.Text(texts.Format(TextKey.WelcomeChair, chairName)),
                AdaptiveCard.Subheading(texts[TextKey.WelcomeNextSteps]),
                AdaptiveCard.Bullets([texts[TextKey.WelcomeStepHelp], texts[TextKey.WelcomeStepPersonal]]),
            ],
            [AdaptiveCard.Submit(texts[TextKey.ButtonHelp], Verbs.Help)]
        );
}
