using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CmekAnalyzers.Domain;

/// <summary>
/// The Google types the rules look for, resolved once per compilation by metadata name (never by simple name:
/// a user type called SpeechClient, or Google.Cloud.Speech.V1, is not ours).
/// </summary>
internal sealed class SpeechSymbols
{
    public const string SpeechNamespace = "Google.Cloud.Speech.V2";

    private readonly Dictionary<INamedTypeSymbol, ImmutableArray<string>> _nameTemplates = new(SymbolEqualityComparer.Default);

    private SpeechSymbols(Compilation compilation, INamedTypeSymbol speechClient)
    {
        Compilation = compilation;
        SpeechClient = speechClient;
        SpeechClientBuilder = compilation.GetTypeByMetadataName(SpeechNamespace + ".SpeechClientBuilder");
        Config = Type(compilation, ".Config");
        Recognizer = Type(compilation, ".Recognizer");
        CustomClass = Type(compilation, ".CustomClass");
        PhraseSet = Type(compilation, ".PhraseSet");
        UpdateConfigRequest = Type(compilation, ".UpdateConfigRequest");
        FieldMask = compilation.GetTypeByMetadataName("Google.Protobuf.WellKnownTypes.FieldMask");

        AddTemplate(Type(compilation, ".ConfigName"), "projects/*/locations/*/config");
        AddTemplate(Type(compilation, ".RecognizerName"), "projects/*/locations/*/recognizers/*");
        AddTemplate(Type(compilation, ".CustomClassName"), "projects/*/locations/*/customClasses/*");
        AddTemplate(Type(compilation, ".PhraseSetName"), "projects/*/locations/*/phraseSets/*");
        AddTemplate(Type(compilation, ".CryptoKeyName"), CryptoKeyTemplate);
        AddTemplate(Type(compilation, ".CryptoKeyVersionName"), CryptoKeyVersionTemplate);
        AddTemplate(compilation.GetTypeByMetadataName("Google.Cloud.Kms.V1.CryptoKeyName"), CryptoKeyTemplate);
        AddTemplate(compilation.GetTypeByMetadataName("Google.Cloud.Kms.V1.CryptoKeyVersionName"), CryptoKeyVersionTemplate);
        AddTemplate(compilation.GetTypeByMetadataName("Google.Cloud.Kms.V1.KeyRingName"), "projects/*/locations/*/keyRings/*");
        AddTemplate(compilation.GetTypeByMetadataName("Google.Api.Gax.ResourceNames.LocationName"), "projects/*/locations/*");
    }

    private const string CryptoKeyTemplate = "projects/*/locations/*/keyRings/*/cryptoKeys/*";
    private const string CryptoKeyVersionTemplate = CryptoKeyTemplate + "/cryptoKeyVersions/*";

    public Compilation Compilation { get; }

    public INamedTypeSymbol SpeechClient { get; }

    public INamedTypeSymbol? SpeechClientBuilder { get; }

    public INamedTypeSymbol? Config { get; }

    public INamedTypeSymbol? Recognizer { get; }

    public INamedTypeSymbol? CustomClass { get; }

    public INamedTypeSymbol? PhraseSet { get; }

    public INamedTypeSymbol? UpdateConfigRequest { get; }

    public INamedTypeSymbol? FieldMask { get; }

    /// <summary>Null when the compilation does not reference Google.Cloud.Speech.V2: the rules then register nothing.</summary>
    public static SpeechSymbols? TryCreate(Compilation compilation)
    {
        var client = compilation.GetTypeByMetadataName(SpeechNamespace + ".SpeechClient");
        return client is null ? null : new SpeechSymbols(compilation, client);
    }

    /// <summary>The string template of a typed resource name (<c>ConfigName</c>, <c>CryptoKeyName</c>, <c>LocationName</c>...).</summary>
    public bool TryGetNameTemplate(ITypeSymbol? type, out ImmutableArray<string> template)
    {
        if (type is INamedTypeSymbol named && _nameTemplates.TryGetValue(named, out template))
        {
            return true;
        }

        template = default;
        return false;
    }

    public bool IsSpeechClient(ITypeSymbol? type) => Inherits(type, SpeechClient);

    public bool IsSpeechBuilder(ITypeSymbol? type) => SpeechClientBuilder is not null && Inherits(type, SpeechClientBuilder);

    public bool IsSpeechMessage(ITypeSymbol? type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Class } named
           && named.ContainingNamespace?.ToDisplayString() == SpeechNamespace
           && !IsSpeechClient(named) && !IsSpeechBuilder(named) && !_nameTemplates.ContainsKey(named);

    /// <summary>
    /// <c>services.AddSpeechClient(...)</c>. Every Google client library declares its own
    /// <c>Microsoft.Extensions.DependencyInjection.ServiceCollectionExtensions</c>, so the metadata name is ambiguous:
    /// the Speech one is the one in the assembly that holds <c>SpeechClient</c>.
    /// </summary>
    public bool IsAddSpeechClient(IMethodSymbol method)
        => method.Name == "AddSpeechClient"
           && method.ContainingType is { Name: "ServiceCollectionExtensions" } container
           && container.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.DependencyInjection"
           && SymbolEqualityComparer.Default.Equals(container.ContainingAssembly, SpeechClient.ContainingAssembly);

    private static bool Inherits(ITypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static INamedTypeSymbol? Type(Compilation compilation, string name) => compilation.GetTypeByMetadataName(SpeechNamespace + name);

    private void AddTemplate(INamedTypeSymbol? type, string template)
    {
        if (type is not null)
        {
            _nameTemplates[type] = ImmutableArray.Create(template.Split('/'));
        }
    }
}
