using System.Text;
using CmekAnalyzers.Domain.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace CmekAnalyzers.Tests.Domain.Configuration;

/// <summary>
/// The internal reader against the real Microsoft.Extensions.Configuration.Json provider (test project only): the same
/// documents must give the same keys and values, and whatever the provider rejects the reader must reject too.
/// </summary>
public class ConfigurationJsonDifferentialTests
{
    public static TheoryData<string> Documents => new()
    {
        """{ "Speech": { "KmsKeyName": "projects/p/locations/eu/keyRings/r/cryptoKeys/k", "Endpoint": "eu-speech.googleapis.com" } }""",
        "// comment\n{ /* a */ \"A\" /* b */ : /* c */ \"1\" // d\n, \"B\": 2, } // e\n/* f */",
        "{ \"A\" /* between name and colon */ : 1 }",
        "{ \"a\": [ /* x */ 1 /* y */ , /* z */ ], /* w */ \"b\" : /* v */ { /* u */ } /* t */ }",
        "{ \"a\": 1 // ends at CR\r, \"b\": 2 }",
        "{ \"A\": [ 1, \"two\", true, false, null, { \"x\": 1 }, [ 2, 3, ], ], }",
        "{ \"Empty\": {}, \"Arr\": [], \"Nested\": { \"Inner\": {} }, \"ArrOfEmpty\": [ {}, [] ] }",
        """{ "s": "\"q\" \\ \/ \b\f\n\r\t \u00e9 \uD83D\uDE00 \u0000", "\u0041\u003a\u0042": "colon in a name" }""",
        "{ \"n\": [ 0, -0, 1.5, -2e10, 3E-2, 1.0e+2, 12345678901234567890123 ] }",
        "{ \"a\": { \"b\": 1 }, \"A\": { \"c\": 2 } }",
        "{ \"a\": { \"b\": 1 }, \"A\": { \"B\": 2 } }",
        "{ \"a\": 1, \"a\": 2 }",
        "{ \"a\": {}, \"a\": 1 }",
        "{ \"a\": 1, \"a\": {} }",
        "{ \"a\": [1], \"a\": [2] }",
        "{ \"a\": { \"0\": \"x\" }, \"a\": [ \"y\" ] }",
        "{}",
        "  {  }  ",
        "\t{\r\n\"ws\"\t:\r\n\"x\"\r\n}\r\n",
        "{ \"ünï\": \"cödé ✓\" }",
        "{ \"\": \"empty name\", \"x\": { \"\": 1 } }",
        "{ \"a\": \"line\u2028sep\" }",
        "// only a comment",
        "",
        "   ",
        "[ 1, 2 ]",
        "\"text\"",
        "42",
        "null",
        "{ \"a\": 1 } { }",
        "{ \"a\": 1 } x",
        "{ \"a\": 'single' }",
        "{ a: 1 }",
        "{ \"a\": 01 }",
        "{ \"a\": 1. }",
        "{ \"a\": .5 }",
        "{ \"a\": +1 }",
        "{ \"a\": NaN }",
        "{ \"a\": \"\\x\" }",
        "{ \"a\": \"\\u12\" }",
        "{ \"a\": \"raw\ttab\" }",
        "{ \"a\": [,] }",
        "{ \"a\": [1,,2] }",
        "{ , }",
        "{ \"a\": 1,, }",
        "{ \"a\" 1 }",
        "{ \"a\": 1 /* open",
        "{ \"a\": 1 / }",
        "{ \"a\": tru }",
        "{ \"a\": True }",
        "{ \"a\": 1 // comment\u2028 }",
        "{ \"a\": [ 1 ] ",
        "{ \"a\": \"unterminated }",
        Nested(64),
        Nested(65),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Reader_matches_the_real_provider(string document)
    {
        var expected = RealProvider(document);
        var actual = ConfigurationJson.Read(document);
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        Assert.Equal(
            expected.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(p => (p.Key.ToUpperInvariant(), p.Value)),
            actual!.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(p => (p.Key.ToUpperInvariant(), p.Value.Value)));
    }

    /// <summary>Nested objects, <paramref name="depth"/> levels including the root.</summary>
    private static string Nested(int depth)
        => string.Concat(Enumerable.Repeat("{\"a\":", depth - 1)) + "{\"leaf\":1}" + new string('}', depth - 1);

    /// <summary>What the provider loads, or null when it refuses the document (any exception).</summary>
    private static IDictionary<string, string?>? RealProvider(string document)
    {
        var provider = new Probe();
        try
        {
            provider.Load(new MemoryStream(Encoding.UTF8.GetBytes(document)));
        }
        catch (Exception)
        {
            return null;
        }

        return provider.Loaded;
    }

    private sealed class Probe : JsonStreamConfigurationProvider
    {
        public Probe()
            : base(new JsonStreamConfigurationSource())
        {
        }

        public IDictionary<string, string?> Loaded => Data;
    }
}
