using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Exports;

/// <summary>The export's verb (chairs).</summary>
public sealed class ExportRoutes(ExportHandler export) : IRoutes
{
    public IEnumerable<Route> Routes => [Route.Group(Verbs.Export, Access.Chair, export.LinksAsync)];
}
