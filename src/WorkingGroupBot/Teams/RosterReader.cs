using System.Runtime.ExceptionServices;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Teams;

/// <summary>Reads a team's or chat's roster through Teams' paged members API, outside any turn (a roster sync runs in
/// the background).</summary>
internal sealed class RosterReader(BotAdapter adapter) : IRosterSource
{
    private const int PageSize = 200;

    public async Task<RosterPage> ReadPageAsync(Group group, string? continuation, CancellationToken cancellationToken)
    {
        RosterPage? page = null;
        ExceptionDispatchInfo? failure = null;
        // The group id is the team's id (its members are the team's) or the group chat's conversation id.
        var reference = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = group.Channel.ServiceUrl,
            Bot = new ChannelAccount(group.Channel.BotId, group.Channel.BotName),
            Conversation = new ConversationAccount(
                id: group.Key.GroupId,
                tenantId: group.Key.TenantId,
                conversationType: null
            ),
        };
        await adapter.ContinueConversationAsync(
            ProactiveSender.AppIdOf(group.Channel.BotId),
            reference,
            async (turnContext, ct) =>
            {
                try
                {
                    var result = await TeamsInfo.GetPagedMembersAsync(turnContext, PageSize, continuation, ct);
                    page = new RosterPage(
                        result
                            .Members.Where(m => !string.IsNullOrEmpty(m.AadObjectId))
                            .Select(m => new TeamsIdentity
                            {
                                AadObjectId = m.AadObjectId,
                                TeamsUserId = m.Id,
                                Name = m.Name ?? "",
                                Upn = m.UserPrincipalName ?? m.Email,
                            })
                            .ToList(),
                        string.IsNullOrEmpty(result.ContinuationToken) ? null : result.ContinuationToken
                    );
                }
                catch (Exception e)
                {
                    // Thrown inside, it would reach the adapter's turn error handler, which apologises in the group's
                    // channel.
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            cancellationToken
        );
        failure?.Throw();
        return page!;
    }
}
