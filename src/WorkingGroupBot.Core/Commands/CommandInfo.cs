using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Commands;

/// <summary>A command as people see it: the words they type (in either language), what it does, and who may use
/// it.</summary>
public sealed record CommandInfo(string Verb, TextKey Keyword, TextKey Description, bool ChairsOnly = false);
