using CmekAnalyzers.Domain;
using CmekAnalyzers.Domain.Options;

namespace CmekAnalyzers.Tests.Options;

/// <summary>The option parser and host patterns on their own.</summary>
public class CmekOptionsTests
{
    private static CmekOptions Parse(string? location, string? hosts)
        => CmekOptions.Parse(key => key == CmekOptions.SpeechEndpointLocationKey ? location : key == CmekOptions.EndpointLocationsKey ? hosts : null);

    [Theory]
    [InlineData("europe-west4", "europe-west4")]
    [InlineData(" Europe-West4 ", "europe-west4")]
    [InlineData("europe", "eu")]
    [InlineData("global", "global")]
    [InlineData("none", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Location_is_read_in_canonical_form(string? value, string? expected)
    {
        var options = Parse(value, null);
        Assert.Equal(expected, options.AssumedLocation);
        Assert.Empty(options.Problems);
    }

    [Theory]
    [InlineData("speech-*.p.googleapis.com", "speech-abc1.p.googleapis.com", true)]
    [InlineData("speech-*.p.googleapis.com", "https://Speech-ABC1.p.googleapis.com:443/", true)]
    [InlineData("speech-*.p.googleapis.com", "speech-.p.googleapis.com", false)]
    [InlineData("speech-*.p.googleapis.com", "speech-a.b.p.googleapis.com", false)]
    [InlineData("speech-*.p.googleapis.com", "xspeech-a.p.googleapis.com", false)]
    [InlineData("*.speech.corp.example", "eu.speech.corp.example", true)]
    [InlineData("*.speech.corp.example", "speech.corp.example", false)]
    [InlineData("speech-proxy", "speech-proxy:8443", true)]
    public void Host_patterns_match_whole_hosts(string pattern, string endpoint, bool matches)
    {
        var options = Parse(null, pattern + "=us");
        Assert.Empty(options.Problems);
        Assert.Equal(matches ? "us" : null, options.HostLocationOf(endpoint)?.Location);
    }

    [Fact]
    public void First_matching_entry_wins_and_trailing_commas_are_fine()
    {
        var options = Parse(null, "speech-eu.p.googleapis.com=eu, speech-*.p.googleapis.com=us,");
        Assert.Empty(options.Problems);
        Assert.Equal("eu", options.HostLocationOf("speech-eu.p.googleapis.com")?.Location);
        Assert.Equal("us", options.HostLocationOf("speech-other.p.googleapis.com")?.Location);
    }

    [Fact]
    public void Bad_entries_are_kept_as_problems_and_good_ones_still_apply()
    {
        var options = Parse("mars one", "a.example=eu, nothing, b.example=us");
        Assert.Null(options.AssumedLocation);
        Assert.Equal(new[] { "mars one", "nothing" }, options.Problems.Select(p => p.Value));
        Assert.Equal(2, options.HostLocations.Count);
    }

    [Fact]
    public void Assumed_location_applies_only_to_endpoints_the_code_does_not_show()
    {
        var options = Parse("europe-west4", null);
        Assert.Equal("europe-west4", options.Apply(ClientEndpoint.NotShown).Location);
        Assert.Null(options.Apply(ClientEndpoint.Unknown).Location);
        Assert.Equal(EndpointKind.Default, Parse("global", null).Apply(ClientEndpoint.NotShown).Kind);
        Assert.False(options.Apply(ClientEndpoint.NotShown).Fixable);
    }
}
