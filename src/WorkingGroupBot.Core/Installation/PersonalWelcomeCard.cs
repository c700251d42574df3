using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Installation;

/// <summary>Sent in a member's 1:1 chat when they install the bot personally.</summary>
public static class PersonalWelcomeCard
{
    private const int MaxGroups = 20;

    public static JsonObject Build(TextSet texts, string name, IReadOnlyList<string> groupNames) =>
        AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(texts.Format(TextKey.PersonalWelcomeTitle, name)),
                AdaptiveCard.Text(texts[TextKey.PersonalWelcomeIntro]),
                AdaptiveCard.Text(
                    groupNames.Count == 0
                        ? texts[TextKey.PersonalWelcomeNoGroups]
                        : texts.Format(
                            TextKey.PersonalWelcomeGroups,
                            string.Join(", ", groupNames.Take(MaxGroups))
                                + (
                                    groupNames.Count > MaxGroups
                                        ? " " + texts.Format(TextKey.DigestMore, groupNames.Count - MaxGroups)
                                        : ""
                                )
                        )
                ),
            ],
            [AdaptiveCard.Submit(texts[TextKey.ButtonHelp], Verbs.Help)]
        );
}
