using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Domain;

/// <summary>The CMEK-covered Speech resources: only an Update* call re-encrypts an existing one with the config's key.</summary>
internal enum ResourceKind
{
    None,
    Recognizer,
    CustomClass,
    PhraseSet,
}

/// <summary>Classifies the calls and reads that CMEK003 puts on the control-flow graph.</summary>
internal static class ReencryptionFacts
{
    public static ResourceKind KindOf(ITypeSymbol? type, SpeechSymbols symbols)
    {
        if (SymbolEqualityComparer.Default.Equals(type, symbols.Recognizer))
        {
            return ResourceKind.Recognizer;
        }

        if (SymbolEqualityComparer.Default.Equals(type, symbols.CustomClass))
        {
            return ResourceKind.CustomClass;
        }

        return SymbolEqualityComparer.Default.Equals(type, symbols.PhraseSet) ? ResourceKind.PhraseSet : ResourceKind.None;
    }

    /// <summary><c>UpdateRecognizer[Async]</c> and friends on a SpeechClient: the call that re-encrypts.</summary>
    public static ResourceKind UpdatedKind(IInvocationOperation invocation, SpeechSymbols symbols)
        => SpeechMethodKind(invocation, symbols, "Update");

    /// <summary><c>CreateRecognizer[Async]</c> and friends: a new resource gets the current key.</summary>
    public static ResourceKind CreatedKind(IInvocationOperation invocation, SpeechSymbols symbols)
        => SpeechMethodKind(invocation, symbols, "Create");

    /// <summary>
    /// KMS calls that make an old key version unusable: DestroyCryptoKeyVersion[Async], and UpdateCryptoKeyVersion[Async]
    /// (used to disable a version).
    /// </summary>
    public static bool RetiresKeyVersion(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        return method.ContainingType is { Name: "KeyManagementServiceClient" } type
               && type.ContainingNamespace?.ToDisplayString() == "Google.Cloud.Kms.V1"
               && method.Name is "DestroyCryptoKeyVersion" or "DestroyCryptoKeyVersionAsync" or "UpdateCryptoKeyVersion" or "UpdateCryptoKeyVersionAsync";
    }

    /// <summary>Reads of the key a resource is encrypted with: KmsKeyName, KmsKeyVersionName and their typed views.</summary>
    public static bool IsKeyField(IPropertySymbol property)
        => property.Name is "KmsKeyName" or "KmsKeyNameAsCryptoKeyName" or "KmsKeyVersionName" or "KmsKeyVersionNameAsCryptoKeyVersionName";

    private static ResourceKind SpeechMethodKind(IInvocationOperation invocation, SpeechSymbols symbols, string verb)
    {
        var method = invocation.TargetMethod;
        if (method.IsStatic || !symbols.IsSpeechClient(method.ContainingType) || !method.Name.StartsWith(verb, StringComparison.Ordinal))
        {
            return ResourceKind.None;
        }

        var name = method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name.Substring(0, method.Name.Length - 5) : method.Name;
        return name.Substring(verb.Length) switch
        {
            "Recognizer" => ResourceKind.Recognizer,
            "CustomClass" => ResourceKind.CustomClass,
            "PhraseSet" => ResourceKind.PhraseSet,
            _ => ResourceKind.None,
        };
    }
}
