namespace WorkingGroupBot.Plans;

/// <summary>What a chair filled in on the action form, before it is checked.</summary>
public sealed record ActionDraft
{
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string AreaId { get; init; } = "";
    public IReadOnlyList<string> Responsible { get; init; } = [];

    /// <summary>The owning institution's id, or null; its representatives are in <see cref="Responsible"/>
    /// already.</summary>
    public string? Institution { get; init; }

    /// <summary>With an institution, the people chosen by name (<see cref="ActionItem.Named"/>); else null.</summary>
    public IReadOnlyList<string>? Named { get; init; }
    public DateOnly? Deadline { get; init; }
    public TimeOnly? DeadlineTime { get; init; }

    /// <summary>The new action this draft (already validated) describes.</summary>
    public ActionItem ToAction(int number, string createdBy, DateTimeOffset at) =>
        AppliedTo(
            new ActionItem
            {
                Number = number,
                Title = "",
                AreaId = "",
                Responsible = [],
                Deadline = default,
                CreatedBy = createdBy,
                CreatedAt = at,
            }
        );

    /// <summary>
    /// This draft moved onto the action as it is now, after others changed it since the form was built (their log
    /// lines,
    /// <paramref name="theirs"/>): a field keeps the draft's value only where the chair changed it on the form; every
    /// other
    /// field is as it is now. The form showed each field as it was before the first of their changes to it.
    /// </summary>
    public ActionDraft RebasedOnto(ActionItem current, IEnumerable<LogEntry> theirs)
    {
        var shown = theirs
            .SelectMany(e => e.Changes)
            .GroupBy(c => c.Field)
            .ToDictionary(g => g.Key, g => g.First().Before);
        var mine = FieldChanges
            .Between(current, AppliedTo(current))
            .Where(c => !shown.TryGetValue(c.Field, out var before) || before != c.After)
            .Select(c => c.Field)
            .ToHashSet();
        return new ActionDraft
        {
            Title = mine.Contains(ActionField.Title) ? Title : current.Title,
            Description = mine.Contains(ActionField.Description) ? Description : current.Description,
            AreaId = mine.Contains(ActionField.Area) ? AreaId : current.AreaId,
            Responsible = mine.Contains(ActionField.Responsible) ? Responsible : current.Responsible,
            Named = mine.Contains(ActionField.Responsible) ? Named : current.Named,
            Institution = mine.Contains(ActionField.Institution) ? Institution : current.Institution,
            Deadline = mine.Contains(ActionField.Deadline) ? Deadline : current.Deadline,
            DeadlineTime = mine.Contains(ActionField.Deadline) ? DeadlineTime : current.DeadlineTime,
        };
    }

    /// <summary>An action with this draft's (already validated) values; its status and history stay.</summary>
    public ActionItem AppliedTo(ActionItem action) =>
        action with
        {
            Title = Title,
            Description = Description,
            AreaId = AreaId,
            Responsible = Responsible,
            Institution = Institution,
            Named = Institution is null ? null : Named,
            Deadline = Deadline!.Value,
            DeadlineTime = DeadlineTime,
        };
}
