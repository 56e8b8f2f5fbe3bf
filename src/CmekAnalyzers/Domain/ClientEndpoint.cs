using CmekAnalyzers.Domain.Configuration;
using Microsoft.CodeAnalysis;

namespace CmekAnalyzers.Domain;

internal enum EndpointKind
{
    /// <summary>The code does not show the endpoint (a parameter, an unknown method, two possible values, a custom host).</summary>
    Unknown,

    /// <summary>No Endpoint is set: the client talks to the global endpoint.</summary>
    Default,

    /// <summary>An Endpoint value that names a Speech location.</summary>
    Explicit,
}

/// <summary>How a client with no endpoint was made; the endpoint fixes rewrite each shape differently.</summary>
internal enum CreationShape
{
    None,
    CreateCall,
    CreateAsyncCall,
    BuilderCreation,
    ServiceRegistration,
}

/// <summary>The endpoint a SpeechClient talks to and where the code decides it.</summary>
internal sealed class ClientEndpoint
{
    /// <summary>The code shows something that cannot be placed (two possible values, another universe): never assumed.</summary>
    public static readonly ClientEndpoint Unknown = new(EndpointKind.Unknown, null, null, null, CreationShape.None);

    /// <summary>
    /// The code does not show the endpoint at all (a client or builder handed in, made by other code, an Endpoint value
    /// read at run time, a client registered in another project): <c>cmek_analyzers.speech_endpoint_location</c> applies.
    /// </summary>
    public static readonly ClientEndpoint NotShown = new(EndpointKind.Unknown, null, null, null, CreationShape.None, notShown: true);

    private ClientEndpoint(
        EndpointKind kind, string? location, string? text, SyntaxNode? site, CreationShape shape, bool notShown = false, string? option = null, SettingOrigin? origin = null)
    {
        Origin = origin;
        Kind = kind;
        Location = location;
        Text = text;
        Site = site;
        Shape = shape;
        IsNotShown = notShown;
        Option = option;
    }

    public EndpointKind Kind { get; }

    /// <summary>The location served; <c>global</c> for Default; null when Unknown.</summary>
    public string? Location { get; }

    /// <summary>The endpoint text for Explicit, and for a host the code sets that is not a public Speech endpoint.</summary>
    public string? Text { get; }

    /// <summary>Explicit: the value assigned to Endpoint. Default: the creation (SpeechClient.Create(), the builder, AddSpeechClient()).</summary>
    public SyntaxNode? Site { get; }

    public CreationShape Shape { get; }

    public bool IsNotShown { get; }

    /// <summary>The option key the location comes from; null when the code alone decides it.</summary>
    public string? Option { get; }

    /// <summary>Explicit: the appsettings file and key the endpoint was read from, if it was.</summary>
    public SettingOrigin? Origin { get; }

    /// <summary>
    /// A fix may rewrite the endpoint only when the code shows it and decides its location: never for a location from an
    /// option (no endpoint in code, or a private host that a public one must not replace), nor for an endpoint read from
    /// appsettings (the fix belongs in the JSON file, not in a literal over the configuration read).
    /// </summary>
    public bool Fixable => Site is not null && Option is null && Origin is null;

    public static ClientEndpoint Explicit(SpeechEndpoint endpoint, SyntaxNode valueSite, SettingOrigin? origin = null)
        => new(EndpointKind.Explicit, endpoint.Location, endpoint.Text, valueSite, CreationShape.None, origin: origin);

    public static ClientEndpoint Default(SyntaxNode creation, CreationShape shape)
        => new(EndpointKind.Default, SpeechLocation.Global, null, creation, shape);

    /// <summary>An Endpoint the code sets to a host that is not a public Speech endpoint (emulator, proxy, private service connect).</summary>
    public static ClientEndpoint UnplacedHost(string text, SyntaxNode valueSite)
        => new(EndpointKind.Unknown, null, text, valueSite, CreationShape.None);

    /// <summary>The location an option assumes for a client whose endpoint the code does not show; <c>global</c> acts as no Endpoint.</summary>
    public static ClientEndpoint Assumed(string location, string option)
        => new(SpeechLocation.IsGlobal(location) ? EndpointKind.Default : EndpointKind.Explicit, location, null, null, CreationShape.None, option: option);

    /// <summary>An Endpoint the code sets, whose host an option places in <paramref name="location"/>.</summary>
    public static ClientEndpoint FromHostOption(string text, string location, SyntaxNode valueSite, string option)
        => new(EndpointKind.Explicit, location, text, valueSite, CreationShape.None, option: option);

    /// <summary>For messages: "endpoint 'eu-speech.googleapis.com' set at line 9".</summary>
    public string Describe(SyntaxTree reportedIn)
    {
        var where = Site is null ? string.Empty : " at " + SourcePlace.Describe(Site, reportedIn);
        if (Option is not null)
        {
            return Site is null
                ? "endpoint location '" + Location + "' from option " + Option + ", as the code does not show this client's endpoint"
                : "endpoint '" + Text + "' set" + where + ", location '" + Location + "' from option " + Option;
        }

        return Kind switch
        {
            EndpointKind.Explicit => "endpoint '" + Text + "'" + SourcePlace.FromSetting(Origin) + " set" + where,
            EndpointKind.Default => Shape switch
            {
                CreationShape.CreateCall => "SpeechClient.Create()" + where + " uses the global endpoint",
                CreationShape.CreateAsyncCall => "SpeechClient.CreateAsync()" + where + " uses the global endpoint",
                CreationShape.ServiceRegistration => "AddSpeechClient()" + where + " sets no Endpoint",
                _ => "the SpeechClientBuilder" + where + " sets no Endpoint",
            },
            _ => "unknown endpoint",
        };
    }
}
