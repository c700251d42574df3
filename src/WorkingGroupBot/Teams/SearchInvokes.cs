using System.Globalization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Teams;

/// <summary>
/// Teams' type-ahead search of an Input.ChoiceSet: an invoke named application/search whose value is
/// {queryText, queryOptions {skip, top}, dataset}, answered with HTTP 200 and a searchResponse body (msteams-docs,
/// "Typeahead search in Adaptive Cards").
/// </summary>
internal static class SearchInvokes
{
    public const string Name = "application/search";

    private const string ResponseType = "application/vnd.microsoft.search.searchResponse";

    /// <summary>The query as sent; anything missing or mistyped reads as absent, never as an error.</summary>
    public static SearchQuery QueryOf(object? value)
    {
        var query = value as JObject;
        return new SearchQuery(
            TextOf(query?["dataset"]),
            TextOf(query?["queryText"]) ?? "",
            NumberOf(query?.SelectToken("queryOptions.skip")) ?? 0,
            NumberOf(query?.SelectToken("queryOptions.top")) ?? MemberSearch.MaxResults
        );
    }

    public static InvokeResponse ToInvokeResponse(this IReadOnlyList<SearchResult> results) =>
        new()
        {
            Status = 200,
            Body = new JObject
            {
                ["type"] = ResponseType,
                ["value"] = new JObject
                {
                    ["results"] = new JArray(
                        results.Select(r => new JObject { ["title"] = r.Title, ["value"] = r.Value })
                    ),
                },
            },
        };

    private static string? TextOf(JToken? token) =>
        token is JValue { Type: JTokenType.String } value ? (string?)value : null;

    private static int? NumberOf(JToken? token) =>
        token is JValue { Type: JTokenType.Integer } value
        && int.TryParse(
            value.ToString(CultureInfo.InvariantCulture),
            NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture,
            out var n
        )
            ? n
            : null;
}
