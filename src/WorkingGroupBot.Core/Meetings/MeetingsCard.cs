using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>
/// The next meetings with the size of their agendas, each with Show agenda; chairs also add a point to its agenda, and
/// under "More…" move it, change the series from it, cancel it or end the series (both asking first); and write the
/// last one's minutes or record its decisions. Everyone reaches the minutes and the calendar feeds.
/// </summary>
public static class MeetingsCard
{
    public const int MaxUpcoming = 4;

    /// <param name="last">The latest past meeting, shown to chairs so they can record its decisions.</param>
    public static JsonObject Build(
        TextSet texts,
        Group group,
        IReadOnlyList<(Meeting Meeting, int AgendaSize)> upcoming,
        Meeting? last,
        bool viewerIsChair,
        Notice? notice = null,
        IReadOnlyList<MeetingSeries>? invitationsBehind = null
    )
    {
        var groupData = new JsonObject { [CardData.Group] = group.Key.GroupId };
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts.Format(TextKey.MeetingsTitle, group.Name)),
            .. Notices.Block(notice),
            .. invitationsBehind is { Count: > 0 } behind
                ?
                [
                    AdaptiveCard.Attention(
                        texts.Format(
                            TextKey.InvitationBehind,
                            string.Join(", ", behind.Select(s => $"“{Formats.Short(s.Title, 60)}”"))
                        )
                    ),
                    AdaptiveCard.Buttons([
                        AdaptiveCard.Execute(texts[TextKey.ButtonUpdateInvitation], Verbs.SyncInvitation, groupData),
                    ]),
                ]
                : Array.Empty<JsonNode>(),
            .. upcoming.Count == 0
                ? [AdaptiveCard.Text(texts[TextKey.MeetingsNone])]
                : upcoming.Select(u => Row(texts, group, u.Meeting, u.AgendaSize, viewerIsChair)),
            .. last is null
                ? Array.Empty<JsonNode>()
                :
                [
                    AdaptiveCard.Container(
                        [
                            AdaptiveCard.Subheading(texts[TextKey.LastMeeting]),
                            AdaptiveCard.Text($"{last.Title}, {When(texts, last, group.TimeZone)}"),
                            AdaptiveCard.Buttons([
                                AdaptiveCard.Execute(
                                    texts[TextKey.ButtonWriteMinutes],
                                    Verbs.OpenMinutes,
                                    Data(group, last)
                                ),
                                AdaptiveCard.Execute(
                                    texts[TextKey.ButtonDecisions],
                                    Verbs.Decisions,
                                    Data(group, last)
                                ),
                            ]),
                        ],
                        separator: true
                    ),
                ],
        ];
        List<JsonNode> actions =
        [
            AdaptiveCard.Execute(texts[TextKey.ButtonMinutes], Verbs.MinutesList, groupData),
            AdaptiveCard.Submit(texts[TextKey.ButtonCalendar], Verbs.Calendar, groupData),
        ];
        if (viewerIsChair)
        {
            actions.Insert(
                0,
                AdaptiveCard.Submit(texts[TextKey.ButtonScheduleMeeting], Verbs.ScheduleMeeting, groupData)
            );
        }

        return AdaptiveCard.Create(body, actions);
    }

    public static string When(TextSet texts, Meeting meeting, string timeZone)
    {
        var local = TimeZoneInfo.ConvertTime(meeting.Start, GroupClock.Zone(timeZone));
        return $"{Formats.Date(texts, DateOnly.FromDateTime(local.DateTime))} {local:HH\\:mm}"
            + (meeting.Place.Length > 0 ? ", " + meeting.Place : "");
    }

    /// <summary>"Join in Teams", when the series was sent as an Outlook invitation with a Teams meeting.</summary>
    public static IReadOnlyList<JsonNode> Join(TextSet texts, Meeting meeting) =>
        meeting.JoinUrl is { Length: > 0 } url ? [AdaptiveCard.OpenUrl(texts[TextKey.ButtonJoinTeams], url)] : [];

    public static JsonObject Data(Group group, Meeting meeting) =>
        new()
        {
            [CardData.Group] = group.Key.GroupId,
            [CardData.Series] = meeting.SeriesId,
            [CardData.Occurrence] = meeting.OriginalDate.ToString("yyyy-MM-dd"),
        };

    private static JsonObject Row(TextSet texts, Group group, Meeting meeting, int agendaSize, bool viewerIsChair)
    {
        var data = Data(group, meeting);
        JsonNode[] items =
        [
            AdaptiveCard.Subheading(meeting.Title),
            AdaptiveCard.Text(
                When(texts, meeting, group.TimeZone) + (meeting.Moved ? " " + texts[TextKey.MeetingMovedMark] : "")
            ),
            AdaptiveCard.Text(texts.Count(TextKey.AgendaSize, agendaSize), subtle: true),
        ];
        var agenda = AdaptiveCard.Execute(texts[TextKey.ButtonShowAgenda], Verbs.Agenda, data);
        if (!viewerIsChair)
        {
            return AdaptiveCard.Container(
                [.. items, AdaptiveCard.Buttons([agenda, .. Join(texts, meeting)])],
                separator: true
            );
        }

        var suffix = $".{meeting.SeriesId}.{meeting.OriginalDate:yyyyMMdd}";
        // Move stays in sight; joining the meeting goes first under "More…".
        var chair = ChairButtons(texts, group, meeting, data, suffix).ToList();
        return AdaptiveCard.Container(
            [
                .. items,
                AdaptiveCard.Buttons(
                    AdaptiveCard.AtMostThree(
                        [agenda, .. chair.Take(1), .. Join(texts, meeting), .. chair.Skip(1)],
                        texts[TextKey.ButtonMore]
                    )
                ),
            ],
            separator: true
        );
    }

    /// <summary>Add agenda point…, Move…, Change from here…, Cancel this meeting, End the series: the most used
    /// first.</summary>
    private static IEnumerable<JsonNode> ChairButtons(
        TextSet texts,
        Group group,
        Meeting meeting,
        JsonObject data,
        string suffix
    ) =>
        [
            AdaptiveCard.ShowCard(
                texts[TextKey.ButtonAddAgendaPoint],
                [
                    CardInputs.Text(
                        MeetingForm.Point + suffix,
                        texts[TextKey.FieldAgendaPoint],
                        multiline: true,
                        maxLength: FreeText.AgendaPoint,
                        required: true,
                        error: texts[TextKey.ProblemAgendaPointMissing]
                    ),
                ],
                [
                    AdaptiveCard.Execute(
                        texts[TextKey.ButtonSave],
                        Verbs.AddAgendaPoint,
                        ((JsonObject)data.DeepClone()).With(CardData.InputName, suffix)
                    ),
                ]
            ),
            AdaptiveCard.ShowCard(
                texts[TextKey.ButtonMoveMeeting],
                [
                    CardInputs.Date(
                        MeetingForm.Date + suffix,
                        texts[TextKey.FieldNewDate],
                        DateOnly.FromDateTime(meeting.Start.UtcDateTime),
                        min: null,
                        required: true,
                        error: texts[TextKey.ProblemMeetingMissing]
                    ),
                    CardInputs.Time(MeetingForm.Start + suffix + ".move", texts[TextKey.FieldStartTime], null),
                ],
                [
                    AdaptiveCard.Execute(
                        texts[TextKey.ButtonSave],
                        Verbs.MoveMeeting,
                        ((JsonObject)data.DeepClone()).With(CardData.InputName, suffix)
                    ),
                ]
            ),
            AdaptiveCard.ShowCard(
                texts[TextKey.ButtonChangeFromHere],
                [
                    AdaptiveCard.Text(texts[TextKey.ChangeFromHereIntro], subtle: true),
                    CardInputs.Time(
                        MeetingForm.Start + suffix,
                        texts[TextKey.FieldStartTime],
                        TimeOnly.FromDateTime(
                            TimeZoneInfo.ConvertTime(meeting.Start, GroupClock.Zone(group.TimeZone)).DateTime
                        )
                    ),
                    CardInputs.Text(
                        MeetingForm.Duration + suffix,
                        texts[TextKey.FieldDurationMinutes],
                        ((int)(meeting.End - meeting.Start).TotalMinutes).ToString(
                            System.Globalization.CultureInfo.InvariantCulture
                        ),
                        maxLength: 3
                    ),
                    CardInputs.Text(
                        MeetingForm.Place + suffix,
                        texts[TextKey.FieldPlace],
                        meeting.Place,
                        maxLength: FreeText.MeetingPlace
                    ),
                ],
                [
                    AdaptiveCard.Execute(
                        texts[TextKey.ButtonSave],
                        Verbs.ChangeSeries,
                        ((JsonObject)data.DeepClone()).With(CardData.InputName, suffix)
                    ),
                ]
            ),
            AdaptiveCard.Confirmed(
                texts[TextKey.ButtonCancelMeeting],
                texts[TextKey.ConfirmCancelMeeting],
                texts[TextKey.ButtonConfirm],
                Verbs.CancelMeeting,
                data
            ),
            AdaptiveCard.Confirmed(
                texts[TextKey.ButtonEndSeries],
                texts[TextKey.ConfirmEndSeries],
                texts[TextKey.ButtonConfirm],
                Verbs.EndSeries,
                data
            ),
        ];
}
