namespace CmekAnalyzers.Domain.Options;

/// <summary>One entry of <c>cmek_analyzers.endpoint_locations</c>.</summary>
internal sealed class HostLocation
{
    public HostLocation(HostPattern pattern, string location)
    {
        Pattern = pattern;
        Location = location;
    }

    public HostPattern Pattern { get; }

    public string Location { get; }
}
