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
    public static readonly ClientEndpoint Unknown = new(EndpointKind.Unknown, null, null, null, CreationShape.None);

    private ClientEndpoint(EndpointKind kind, string? location, string? text, SyntaxNode? site, CreationShape shape, SettingOrigin? origin = null)
    {
        Origin = origin;
        Kind = kind;
        Location = location;
        Text = text;
        Site = site;
        Shape = shape;
    }

    public EndpointKind Kind { get; }

    /// <summary>The location served; <c>global</c> for Default; null when Unknown.</summary>
    public string? Location { get; }

    /// <summary>The endpoint text for Explicit.</summary>
    public string? Text { get; }

    /// <summary>Explicit: the value assigned to Endpoint. Default: the creation (SpeechClient.Create(), the builder, AddSpeechClient()).</summary>
    public SyntaxNode? Site { get; }

    public CreationShape Shape { get; }

    /// <summary>Explicit: the appsettings file and key the endpoint was read from, if it was.</summary>
    public SettingOrigin? Origin { get; }

    public static ClientEndpoint Explicit(SpeechEndpoint endpoint, SyntaxNode valueSite, SettingOrigin? origin = null)
        => new(EndpointKind.Explicit, endpoint.Location, endpoint.Text, valueSite, CreationShape.None, origin);

    public static ClientEndpoint Default(SyntaxNode creation, CreationShape shape)
        => new(EndpointKind.Default, SpeechLocation.Global, null, creation, shape);

    /// <summary>For messages: "endpoint 'eu-speech.googleapis.com' set at line 9".</summary>
    public string Describe(SyntaxTree reportedIn)
    {
        var where = Site is null ? string.Empty : " at " + SourcePlace.Describe(Site, reportedIn);
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
