using WorkingGroupBot.Conversations;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Cards;

/// <summary>Names of the fields the bot puts into card data. Card data is only a hint of intent: it is never
/// trusted.</summary>
public static class CardData
{
    public const string Verb = "verb";

    /// <summary>
    /// On the Action.Submit fallback of a Universal Action: answer by replacing the card, as the Execute would have.
    /// </summary>
    public const string InPlace = "inPlace";
    public const string Group = "group";
    public const string Action = "action";
    public const string Status = "status";
    public const string Area = "areaId";
    public const string Member = "member";
    public const string Institution = "institution";
    public const string Page = "page";

    /// <summary>Which input holds the text of a note or reason, on cards that show several actions.</summary>
    public const string InputName = "input";

    /// <summary>"list" when a button sits on the my-actions list, which is then shown again after the change.</summary>
    public const string View = "view";
    public const string ListView = "list";

    /// <summary>"reminder" when a button sits on a reminder card, which is then shown again after the change.</summary>
    public const string ReminderView = "reminder";

    /// <summary>Which actions a list shows: an area's, a person's, or no one's (see Plans.ActionLists).</summary>
    public const string Of = "of";

    /// <summary>
    /// The verb of the list a card was opened from, with that list's "of" and page beside it: the card offers Back.
    /// </summary>
    public const string BackTo = "back";
    public const string Days = "days";
    public const string Series = "series";
    public const string Occurrence = "occurrence";
    public const string Answer = "answer";
    public const string Feed = "feed";

    /// <summary>The id of one form instance (see Plans.Submissions).</summary>
    public const string Submission = "submission";

    /// <summary>The revision and fingerprint of the action an edit form was built from (see Plans.EditBase).</summary>
    public const string Revision = "revision";
    public const string Fingerprint = "base";

    /// <summary>A route's reads for the action the card names, with its log (0 when it names none: not
    /// found).</summary>
    public static PlanReads ActionOf(Request request) => new(Action: request.Input.Int(Action) ?? 0);
}
