using System;
using System.Threading;
using CmekAnalyzers.Domain.Values;
using CmekAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Domain.Configuration;

/// <summary>
/// Values code reads from configuration, resolved from the project's appsettings files:
/// <c>config["Speech:KmsKeyName"]</c>, <c>config.GetSection("Speech")["Endpoint"]</c> (any chain, <c>GetRequiredSection</c>,
/// a section's <c>.Value</c>), <c>GetValue&lt;string&gt;("Speech:Endpoint")</c>, <c>GetConnectionString("Kms")</c>, and
/// string properties of options objects: <c>config.GetSection("Speech").Get&lt;SpeechOptions&gt;()!.Endpoint</c> and
/// injected <c>IOptions&lt;SpeechOptions&gt;.Value.KmsKeyName</c> (with one section binding in the project, see
/// <see cref="OptionsRegistrations"/>). A configuration object that is not the root is unknown unless the code shows
/// its section path; a parameter or member of type IConfiguration is taken to be the root.
/// </summary>
internal sealed class ConfigurationReads
{
    private const int MaxDepth = 32;

    private readonly ConfigurationSymbols _symbols;
    private readonly Lazy<AppSettings> _settings;
    private readonly OptionsRegistrations _registrations;
    private readonly PropertyWrites _writes;
    private readonly Func<ValueResolver> _values;

    private ConfigurationReads(ConfigurationSymbols symbols, Compilation compilation, AnalyzerOptions options, SemanticModels models, Func<ValueResolver> values)
    {
        _symbols = symbols;
        _values = values;
        _settings = new Lazy<AppSettings>(() => AppSettings.Read(options, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
        _registrations = new OptionsRegistrations(symbols, compilation, models, () => this, values);
        _writes = new PropertyWrites(compilation, models);
    }

    /// <summary>Null when the compilation cannot read configuration or has no appsettings file: nothing to resolve.</summary>
    public static ConfigurationReads? TryCreate(Compilation compilation, AnalyzerOptions options, SemanticModels models, Func<ValueResolver> values)
        => AppSettings.AnyIn(options) && ConfigurationSymbols.TryCreate(compilation) is { } symbols
            ? new ConfigurationReads(symbols, compilation, options, models, values)
            : null;

    /// <summary>
    /// True when <paramref name="operation"/> reads configuration; <paramref name="value"/> is then the one value the
    /// appsettings files give it, or null (missing key, files that disagree, a section path the code does not show).
    /// </summary>
    public bool TryRead(IOperation operation, int depth, out SymbolicString? value)
    {
        value = null;
        string? key;
        switch (operation)
        {
            case IConditionalAccessOperation { WhenNotNull: { } whenNotNull }:
                return TryRead(whenNotNull, depth + 1, out value);
            case IPropertyReferenceOperation property:
                if (!TryKeyOf(property, depth, out key))
                {
                    return false;
                }

                break;
            case IInvocationOperation invocation:
                if (!TryKeyOf(invocation, depth, out key))
                {
                    return false;
                }

                break;
            default:
                return false;
        }

        if (key is not null && _settings.Value.TryGet(key, out var text, out var origin))
        {
            value = SymbolicString.FromSetting(text, origin);
        }

        return true;
    }

    private bool TryKeyOf(IPropertyReferenceOperation property, int depth, out string? key)
    {
        key = null;
        var instance = property.Instance is null ? null : Receiver(property.Instance);
        if (instance is null)
        {
            return false;
        }

        if (property.Property.IsIndexer && _symbols.IsConfiguration(instance.Type) && property.Arguments.Length == 1)
        {
            key = Join(SectionOf(instance, depth + 1), TextOf(property.Arguments[0].Value, depth));
            return true;
        }

        if (property.Property.Name == "Value" && _symbols.IsSection(property.Property.ContainingType))
        {
            key = SectionOf(instance, depth + 1) is { Length: > 0 } section ? section : null;
            return true;
        }

        if (!TryOptionsPathOf(instance, depth + 1, out var path))
        {
            return false;
        }

        // The binder sets public setters (set or init) only; a get-only property keeps its initializer.
        key = path is not null && property.Property.Type.SpecialType == SpecialType.System_String
              && property.Property.SetMethod is { DeclaredAccessibility: Accessibility.Public } && _writes.IsBoundOnly(property.Property)
            ? Join(path, KeyNameOf(property.Property))
            : null;
        return true;
    }

    private bool TryKeyOf(IInvocationOperation invocation, int depth, out string? key)
    {
        key = null;
        var method = invocation.TargetMethod;
        if (ConfigurationSymbols.Is(method.ContainingType, _symbols.Binder) && method.Name == "GetValue")
        {
            var asString = method.TypeArguments.Length == 1
                ? method.TypeArguments[0].SpecialType == SpecialType.System_String
                : Argument(invocation, "type") is ITypeOfOperation { TypeOperand.SpecialType: SpecialType.System_String };
            if (asString && Argument(invocation, "configuration") is { } configuration && Argument(invocation, "key") is { } name)
            {
                key = Join(SectionOf(configuration, depth + 1), TextOf(name, depth));
            }

            return true;
        }

        if (ConfigurationSymbols.Is(method.ContainingType, _symbols.Extensions) && method.Name == "GetConnectionString")
        {
            if (Argument(invocation, "configuration") is { } configuration && Argument(invocation, "name") is { } name)
            {
                key = Join(Join(SectionOf(configuration, depth + 1), "ConnectionStrings"), TextOf(name, depth));
            }

            return true;
        }

        return false;
    }

    /// <summary>The section path a configuration object stands for: "" for the root, null when unknown.</summary>
    public string? SectionOf(IOperation operation, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var current = Receiver(operation);
        switch (current)
        {
            case IInvocationOperation { TargetMethod.Name: "GetSection" or "GetRequiredSection" } invocation
                when _symbols.IsConfiguration(invocation.Type):
                var parent = invocation.Instance ?? Argument(invocation, "configuration");
                return parent is null || Argument(invocation, "key") is not { } key ? null : Join(SectionOf(parent, depth + 1), TextOf(key, depth));
            case ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false } or IParameterReferenceOperation:
                var origin = _values().OriginOf(current, depth + 1);
                if (origin is not null && origin.Expression != current)
                {
                    return SectionOf(origin.Expression, depth + 1);
                }

                // A parameter, or a member the analyzer cannot follow (settable, assigned in several places): by its type.
                return (origin is not null || current is not ILocalReferenceOperation) && _symbols.IsRoot(current.Type) ? string.Empty : null;
            default:
                return _symbols.IsRoot(current.Type) ? string.Empty : null;
        }
    }

    /// <summary>
    /// True when <paramref name="operation"/> is an options object: a <c>Get&lt;T&gt;()</c> of a section, an injected
    /// <c>IOptions&lt;T&gt;.Value</c> (or <c>IOptionsSnapshot</c>, <c>IOptionsMonitor.CurrentValue</c>), or a nested options
    /// property of one. <paramref name="path"/> is its section path when known.
    /// </summary>
    private bool TryOptionsPathOf(IOperation operation, int depth, out string? path)
    {
        path = null;
        if (depth > MaxDepth)
        {
            return false;
        }

        var current = Receiver(operation);
        switch (current)
        {
            case IInvocationOperation { TargetMethod.Name: "Get" } invocation when ConfigurationSymbols.Is(invocation.TargetMethod.ContainingType, _symbols.Binder):
                path = Argument(invocation, "configuration") is { } configuration ? SectionOf(configuration, depth + 1) : null;
                return true;
            case IPropertyReferenceOperation { Instance: { } options } property
                when (property.Property.Name == "Value" && ConfigurationSymbols.Is(property.Property.ContainingType, _symbols.Options))
                     || (property.Property.Name == "CurrentValue" && ConfigurationSymbols.Is(property.Property.ContainingType, _symbols.OptionsMonitor)):
                path = IsInjected(options, depth) ? _registrations.SectionOf(property.Property.ContainingType.TypeArguments[0]) : null;
                return true;
            case IPropertyReferenceOperation { Instance: { } parent, Property.IsIndexer: false } nested when TryOptionsPathOf(parent, depth + 1, out var parentPath):
                path = parentPath is not null && _writes.IsBoundOnly(nested.Property) ? Join(parentPath, KeyNameOf(nested.Property)) : null;
                return true;
            case ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation:
                var origin = _values().OriginOf(current, depth + 1);
                return origin is not null && origin.Expression != current && TryOptionsPathOf(origin.Expression, depth + 1, out path);
            default:
                return false;
        }
    }

    /// <summary>An IOptions the container provides: a parameter (constructor or method injection) or GetService/GetRequiredService.</summary>
    private bool IsInjected(IOperation options, int depth)
        => _values().OriginOf(options, depth + 1)?.Expression switch
        {
            IParameterReferenceOperation => true,
            IInvocationOperation { TargetMethod.Name: "GetService" or "GetRequiredService" } => true,
            _ => false,
        };

    /// <summary>The binder's key for a property: its name, or the <c>[ConfigurationKeyName]</c> it carries.</summary>
    private static string KeyNameOf(IPropertySymbol property)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == "ConfigurationKeyNameAttribute" && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string name)
            {
                return name;
            }
        }

        return property.Name;
    }

    /// <summary>Skips conversions and parentheses; <c>x?.Member</c>'s receiver is x.</summary>
    private static IOperation Receiver(IOperation operation)
    {
        var current = OperationTree.Unwrap(operation);
        if (current is IConditionalAccessInstanceOperation)
        {
            IOperation child = current;
            for (var parent = current.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
                {
                    return OperationTree.Unwrap(access.Operation);
                }
            }
        }

        return current;
    }

    private static IOperation? Argument(IInvocationOperation invocation, string parameterName)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameterName && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private string? TextOf(IOperation operation, int depth) => _values().StringOf(operation, depth + 1)?.Value;

    /// <summary>ConfigurationPath.Combine for a known parent and key; null when either is unknown.</summary>
    private static string? Join(string? parent, string? key)
        => parent is null || key is null ? null : parent.Length == 0 ? key : parent + ":" + key;
}
