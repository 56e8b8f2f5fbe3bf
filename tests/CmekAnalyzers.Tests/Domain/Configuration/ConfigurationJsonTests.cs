using CmekAnalyzers.Domain.Configuration;

namespace CmekAnalyzers.Tests.Domain.Configuration;

/// <summary>The internal reader on its own: values, spans and the shapes .NET configuration files take.</summary>
public class ConfigurationJsonTests
{
    [Fact]
    public void Nested_sections_join_keys_with_colons_and_ignore_case()
    {
        var settings = ConfigurationJson.Read("""{ "Speech": { "KmsKeyName": "projects/p/locations/eu/keyRings/r/cryptoKeys/k", "Endpoint": "eu-speech.googleapis.com" } }""")!;
        Assert.Equal("projects/p/locations/eu/keyRings/r/cryptoKeys/k", settings["speech:kmskeyname"].Value);
        Assert.Equal("Speech:KmsKeyName", settings["SPEECH:KMSKEYNAME"].Key);
        Assert.Equal("eu-speech.googleapis.com", settings["Speech:Endpoint"].Value);
        Assert.False(settings.ContainsKey("Speech"));
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted()
    {
        var settings = ConfigurationJson.Read("""
            // leading comment
            {
              /* block */ "A": /* before a value */ "1", // after a value
              "B": [ "x", "y", ],
            }
            /* trailing */
            """)!;
        Assert.Equal("1", settings["A"].Value);
        Assert.Equal("x", settings["B:0"].Value);
        Assert.Equal("y", settings["B:1"].Value);
        Assert.Equal(3, settings.Count);
    }

    [Fact]
    public void Scalars_keep_the_providers_text()
    {
        var settings = ConfigurationJson.Read("""{ "n": -1.50e+3, "t": true, "f": false, "z": null, "e": {}, "a": [] }""")!;
        Assert.Equal("-1.50e+3", settings["n"].Value);
        Assert.Equal("True", settings["t"].Value);
        Assert.Equal("False", settings["f"].Value);
        Assert.Equal("", settings["z"].Value);
        Assert.Null(settings["e"].Value);
        Assert.Null(settings["a"].Value);
    }

    [Fact]
    public void Escapes_are_decoded_in_values_and_names()
    {
        var settings = ConfigurationJson.Read("""{ "a\u0042": "\"q\" \\ \/ \b\f\n\r\t \u00e9 \ud83d\ude00" }""")!;
        Assert.Equal("\"q\" \\ / \b\f\n\r\t é 😀", settings["aB"].Value);
    }

    [Fact]
    public void The_span_points_at_the_value_in_the_file()
    {
        const string text = """{ "Speech": { "Endpoint": "eu-speech.googleapis.com" } }""";
        var setting = ConfigurationJson.Read(text)!["Speech:Endpoint"];
        Assert.Equal("\"eu-speech.googleapis.com\"", text.Substring(setting.Start, setting.Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("{")]
    [InlineData("{ \"a\": 1 } x")]
    [InlineData("{ \"a\": 1, \"A\": 2 }")]
    [InlineData("{ \"a\": 'x' }")]
    [InlineData("{ a: 1 }")]
    [InlineData("{ \"a\": 01 }")]
    [InlineData("{ \"a\": \"\\x\" }")]
    [InlineData("{ \"a\": \"\\ud800\" }")]
    [InlineData("{ \"a\": [,] }")]
    [InlineData("{ , }")]
    [InlineData("{ \"a\": 1 /* open")]
    [InlineData("{ \"a\": tru }")]
    [InlineData("{ \"a\" /* no comment before the colon */ : 1 }")]
    public void Malformed_files_give_nothing(string text) => Assert.Null(ConfigurationJson.Read(text));
}
