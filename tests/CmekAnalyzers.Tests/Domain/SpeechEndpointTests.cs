using CmekAnalyzers.Domain;

namespace CmekAnalyzers.Tests.Domain;

public class SpeechEndpointTests
{
    [Theory]
    [InlineData("speech.googleapis.com", "global")]
    [InlineData("speech.googleapis.com:443", "global")]
    [InlineData("global-speech.googleapis.com", "global")]
    [InlineData("eu-speech.googleapis.com", "eu")]
    [InlineData("us-speech.googleapis.com:443", "us")]
    [InlineData("europe-west4-speech.googleapis.com", "europe-west4")]
    [InlineData("northamerica-northeast1-speech.googleapis.com", "northamerica-northeast1")]
    public void Well_formed_endpoints_give_their_location(string text, string location)
    {
        var endpoint = SpeechEndpoint.Parse(text);
        Assert.Equal(location, endpoint.Location);
        Assert.False(endpoint.IsMalformed);
        Assert.Empty(endpoint.Problems);
    }

    [Theory]
    [InlineData("https://europe-west4-speech.googleapis.com", "europe-west4", "scheme")]
    [InlineData("europe-west4-speech.googleapis.com/v2", "europe-west4", "path")]
    [InlineData("eu-speech.googleapis.com/", "eu", "path")]
    [InlineData("speech.europe-west4.googleapis.com", "europe-west4", "host shape")]
    [InlineData("europe-west4.speech.googleapis.com", "europe-west4", "host shape")]
    [InlineData("EU-speech.googleapis.com", "eu", "upper-case")]
    [InlineData(" eu-speech.googleapis.com", "eu", "whitespace")]
    [InlineData("https://speech.googleapis.com/", "global", "scheme")]
    public void Malformed_endpoints_keep_their_location_and_say_why(string text, string location, string problem)
    {
        var endpoint = SpeechEndpoint.Parse(text);
        Assert.Equal(location, endpoint.Location);
        Assert.True(endpoint.IsMalformed);
        Assert.Contains(endpoint.Problems, p => p.Contains(problem));
        Assert.Equal(SpeechLocation.EndpointFor(location), endpoint.Canonical);
    }

    [Theory]
    [InlineData("localhost:8080")]
    [InlineData("127.0.0.1:9000")]
    [InlineData("speech-emulator")]
    [InlineData("speech-europe-west4.p.googleapis.com")]
    [InlineData("private.googleapis.com")]
    [InlineData("speech.googleapis.com:8443")]
    [InlineData("")]
    [InlineData("://")]
    [InlineData("speech.global.googleapis.com")]
    [InlineData("eu-speech.example.com")]
    public void Other_hosts_are_unknown_and_never_malformed(string text)
    {
        var endpoint = SpeechEndpoint.Parse(text);
        Assert.Null(endpoint.Location);
        Assert.False(endpoint.IsMalformed);
    }

    [Theory]
    [InlineData("europe", "eu", true)]
    [InlineData("EU", "eu", true)]
    [InlineData("europe-west4", "europe-west4", true)]
    [InlineData("us", "us-central1", false)]
    [InlineData("global", "us", false)]
    public void Locations_compare_with_europe_as_eu(string a, string b, bool same)
        => Assert.Equal(same, SpeechLocation.Same(a, b));

    [Theory]
    [InlineData("europe", "eu-speech.googleapis.com")]
    [InlineData("global", "speech.googleapis.com")]
    [InlineData("us-central1", "us-central1-speech.googleapis.com")]
    public void Endpoint_for_a_location(string location, string endpoint)
        => Assert.Equal(endpoint, SpeechLocation.EndpointFor(location));
}
