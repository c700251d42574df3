using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Teams;

/// <summary>Reads the whole roster of a team or chat through Teams' paged members API.</summary>
internal sealed class RosterReader
{
    private const int PageSize = 500;

    public async Task<IReadOnlyList<TeamsIdentity>> ReadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var roster = new List<TeamsIdentity>();
        string? continuation = null;
        do
        {
            var page = await TeamsInfo.GetPagedMembersAsync(turnContext, PageSize, continuation, cancellationToken);
            roster.AddRange(page.Members
                .Where(m => !string.IsNullOrEmpty(m.AadObjectId))
                .Select(m => new TeamsIdentity
                {
                    AadObjectId = m.AadObjectId,
                    TeamsUserId = m.Id,
                    Name = m.Name ?? "",
                    Upn = m.UserPrincipalName ?? m.Email,
                }));
            continuation = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));

        return roster;
    }
}
