namespace WorkingGroupBot.Texts;

/// <summary>Every text a person reads. Each key has a value in Strings.resx (English) and Strings.lv.resx (Latvian).</summary>
public enum TextKey
{
    AppName,
    CommandHelp,
    CommandHelpDescription,
    WelcomeTitle,
    WelcomeIntro,
    WelcomeChair,
    WelcomeNextSteps,
    WelcomeStepHelp,
    WelcomeStepPersonal,
    PersonalWelcomeTitle,
    PersonalWelcomeIntro,
    PersonalWelcomeGroups,
    PersonalWelcomeNoGroups,
    HelpTitle,
    HelpRoleInGroup,
    HelpNoGroup,
    HelpCommandsIntro,
    RoleChair,
    RoleMember,
    ButtonHelp,
    UnknownCommandHint,
    SomethingWentWrong,
}
