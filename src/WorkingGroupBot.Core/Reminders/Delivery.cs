using System.Text.Json.Nodes;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Reminders;

/// <summary>A reminder ready to go: the card, to whom (a member, or the group's channel when null), and what comes next.</summary>
public sealed record Delivery(Group Group, Member? To, JsonObject Card, Reminder? Next);
