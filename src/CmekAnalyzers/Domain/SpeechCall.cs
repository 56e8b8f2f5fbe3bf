using System.Collections.Generic;
using CmekAnalyzers.Domain.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Domain;

/// <summary>A Speech resource a call names, with its known location.</summary>
internal sealed class ResourceReference
{
    public ResourceReference(string kind, string location, IOperation value)
    {
        Kind = kind;
        Location = location;
        Value = value;
    }

    /// <summary>"config name", "recognizer name", "parent"...: for messages.</summary>
    public string Kind { get; }

    public string Location { get; }

    public IOperation Value { get; }
}

/// <summary>The KMS key an <c>UpdateConfig</c> sets.</summary>
internal sealed class KeyReference
{
    public KeyReference(IOperation value, SymbolicString? name)
    {
        Value = value;
        Name = name;
        Location = name is null ? null : ResourcePath.LocationOf(name);
    }

    /// <summary>The value assigned to <c>KmsKeyName</c> / <c>KmsKeyNameAsCryptoKeyName</c>.</summary>
    public IOperation Value { get; }

    public SymbolicString? Name { get; }

    public string? Location { get; }

    /// <summary><c>""</c>: the key is removed; new resources get Google-managed encryption.</summary>
    public bool IsRemoval => Name?.Value == string.Empty;

    public string Describe(SyntaxTree reportedIn)
        => "key '" + Name + "'" + SourcePlace.FromSetting(Name?.Origin) + " at " + SourcePlace.Describe(Value.Syntax, reportedIn);
}

/// <summary>
/// One call of a SpeechClient method, flattened overloads and request objects alike: the client, the key an
/// UpdateConfig sets, the update mask, and the resources (names, parents, recognizers) it names.
/// </summary>
internal sealed class SpeechCall
{
    private readonly List<ResourceReference> _resources = new();
    private readonly ValueResolver _values;

    private SpeechCall(IInvocationOperation invocation, ValueResolver values)
    {
        Invocation = invocation;
        _values = values;
        Rpc = invocation.TargetMethod.Name.EndsWith("Async", System.StringComparison.Ordinal)
            ? invocation.TargetMethod.Name.Substring(0, invocation.TargetMethod.Name.Length - "Async".Length)
            : invocation.TargetMethod.Name;
    }

    public IInvocationOperation Invocation { get; }

    /// <summary>The method name without Async: UpdateConfig, GetRecognizer, Recognize...</summary>
    public string Rpc { get; }

    public IOperation? Client => Invocation.Instance;

    /// <summary>Set for an UpdateConfig whose config sets a key (or removes it with "").</summary>
    public KeyReference? Key { get; private set; }

    /// <summary>The config an UpdateConfig sends, when it can be followed.</summary>
    public IOperation? Config { get; private set; }

    /// <summary>The update mask argument or <c>UpdateMask</c> of the request, when given.</summary>
    public IOperation? UpdateMask { get; private set; }

    public IReadOnlyList<ResourceReference> Resources => _resources;

    public bool IsKeyChange => Key is not null;

    /// <summary>True for a call of a SpeechClient instance method: the only invocations <see cref="TryCreate"/> reads.</summary>
    public static bool IsCandidate(IInvocationOperation invocation, SpeechSymbols symbols)
        => !invocation.TargetMethod.IsStatic && invocation.Instance is not null && symbols.IsSpeechClient(invocation.TargetMethod.ContainingType);

    /// <summary>A call of a SpeechClient instance method, or null.</summary>
    public static SpeechCall? TryCreate(IInvocationOperation invocation, ValueResolver values)
    {
        if (!IsCandidate(invocation, values.Symbols))
        {
            return null;
        }

        var call = new SpeechCall(invocation, values);
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter)
            {
                call.Read(parameter.Name, parameter.Type, argument.Value);
            }
        }

        return call;
    }

    private void Read(string name, ITypeSymbol type, IOperation value)
    {
        var symbols = _values.Symbols;
        if (type.SpecialType == SpecialType.System_String)
        {
            if (name is "name" or "parent" or "recognizer")
            {
                AddResource(name == "name" ? NameKind() : name, value);
            }
        }
        else if (symbols.TryGetNameTemplate(type, out _))
        {
            AddResource(name == "name" ? NameKind() : name, value);
        }
        else if (Is(type, symbols.Config))
        {
            ReadConfig(value);
        }
        else if (name == "updateMask")
        {
            UpdateMask = value;
        }
        else if (Rpc.StartsWith("Update", System.StringComparison.Ordinal) && (Is(type, symbols.Recognizer) || Is(type, symbols.CustomClass) || Is(type, symbols.PhraseSet)))
        {
            ReadMessageName(value, type.Name);
        }
        else if (name == "request" && symbols.IsSpeechMessage(type))
        {
            ReadRequest((INamedTypeSymbol)type, value);
        }
    }

    private void ReadRequest(INamedTypeSymbol requestType, IOperation request)
    {
        foreach (var member in requestType.GetMembers())
        {
            if (member is not IPropertySymbol { IsStatic: false } property || property.Name.Contains("As"))
            {
                continue; // typed views are read together with their string property below
            }

            var views = MessageFields.ViewsOf(property.Name);
            if (property.Name == "Recognizer" && property.Type.SpecialType == SpecialType.System_String)
            {
                views = MessageFields.RecognizerReference;
            }

            if (property.Name is "Name" or "Parent" or "Recognizer" or "Config" or "UpdateMask" or "CustomClass" or "PhraseSet")
            {
                var assigned = _values.MemberOf(request, views, Invocation);
                if (assigned.State == MemberState.Set)
                {
                    Read(ParameterNameOf(property.Name), property.Type, assigned.Value!);
                }
            }
        }
    }

    private void ReadConfig(IOperation config)
    {
        Config = config;
        var name = _values.MemberOf(config, MessageFields.Name, Invocation);
        if (name.State == MemberState.Set)
        {
            AddResource("config name", name.Value!);
        }

        if (Rpc != "UpdateConfig")
        {
            return;
        }

        var key = _values.MemberOf(config, MessageFields.KmsKeyName, Invocation);
        if (key.State == MemberState.Set)
        {
            Key = new KeyReference(key.Value!, _values.StringOf(key.Value));
        }
    }

    private void ReadMessageName(IOperation message, string typeName)
    {
        var name = _values.MemberOf(message, MessageFields.Name, Invocation);
        if (name.State == MemberState.Set)
        {
            AddResource(KindOf(typeName) + " name", name.Value!);
        }
    }

    private void AddResource(string kind, IOperation value)
    {
        if (_values.StringOf(value) is { } name && ResourcePath.LocationOf(name) is { } location)
        {
            _resources.Add(new ResourceReference(kind, location, value));
        }
    }

    /// <summary>The resource a "name" parameter denotes, from the method: GetRecognizer -> "recognizer name".</summary>
    private string NameKind()
    {
        foreach (var kind in new[] { "Recognizer", "CustomClass", "PhraseSet", "Config" })
        {
            if (Rpc.EndsWith(kind, System.StringComparison.Ordinal))
            {
                return KindOf(kind) + " name";
            }
        }

        return "resource name";
    }

    private static string KindOf(string typeName) => typeName switch
    {
        "CustomClass" => "custom class",
        "PhraseSet" => "phrase set",
        "Config" => "config",
        _ => "recognizer",
    };

    private static string ParameterNameOf(string propertyName) => propertyName switch
    {
        "Name" => "name",
        "Parent" => "parent",
        "Recognizer" => "recognizer",
        "UpdateMask" => "updateMask",
        "Config" => "config",
        "CustomClass" => "customClass",
        _ => "phraseSet",
    };

    private static bool Is(ITypeSymbol type, INamedTypeSymbol? expected) => SymbolEqualityComparer.Default.Equals(type, expected);
}
