using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using CmekAnalyzers.Domain.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Domain.Values;

/// <summary>Where an object came from: its creating expression and the locals it passed through.</summary>
internal sealed class ObjectOrigin
{
    public ObjectOrigin(IOperation expression, IReadOnlyList<ILocalSymbol> holders, bool passedThroughMember)
    {
        Expression = expression;
        Holders = holders;
        PassedThroughMember = passedThroughMember;
    }

    /// <summary>The creating expression: an object creation, an invocation, a parameter reference...</summary>
    public IOperation Expression { get; }

    public IReadOnlyList<ILocalSymbol> Holders { get; }

    /// <summary>Stored in a field or property on the way: other methods may have changed the object.</summary>
    public bool PassedThroughMember { get; }
}

/// <summary>
/// Follows values through the shapes application code takes: literals, consts, single-assignment locals,
/// readonly fields and get-only properties (initializer or one constructor assignment), interpolation, '+',
/// string.Format/Concat, resource-name factories, Format*, Parse, ToString(), await, object initializers, and
/// configuration reads the project's appsettings files answer (see <see cref="ConfigurationReads"/>).
/// Anything with two possible values resolves to unknown (null).
/// </summary>
internal sealed class ValueResolver
{
    private const int MaxDepth = 32;
    private const string DefaultEndpoint = "speech.googleapis.com:443";

    private readonly SpeechSymbols _symbols;
    private readonly MemberValues _members;
    private readonly ConfigurationReads? _configuration;

    public ValueResolver(SpeechSymbols symbols, MemberValues members, ConfigurationReads? configuration = null)
    {
        _symbols = symbols;
        _members = members;
        _configuration = configuration;
    }

    public SpeechSymbols Symbols => _symbols;

    /// <summary>Follows locals, fields, properties, conversions and await back to the expression that made the value.</summary>
    public ObjectOrigin? OriginOf(IOperation? operation) => OriginOf(operation, 0);

    /// <summary>A property of an object, <c>config.KmsKeyName</c> or its typed view, as set before <paramref name="useSite"/>.</summary>
    public MemberValue MemberOf(IOperation? instance, IReadOnlyCollection<string> names, IOperation useSite)
    {
        var origin = OriginOf(instance);
        if (origin is null || origin.PassedThroughMember || origin.Expression is not IObjectCreationOperation creation)
        {
            return MemberValue.Unknown;
        }

        return MemberAssignments.Find(creation, origin.Holders, names, useSite);
    }

    /// <summary>The string a value denotes (typed resource names give their string form), known in part or null.</summary>
    public SymbolicString? StringOf(IOperation? operation) => StringOf(operation, 0);

    internal ObjectOrigin? OriginOf(IOperation? operation, int depth)
    {
        var holders = new List<ILocalSymbol>();
        var throughMember = false;
        var current = operation;
        while (current is not null && depth++ < MaxDepth)
        {
            current = OperationTree.Unwrap(current);
            switch (current)
            {
                case IAwaitOperation awaited:
                    current = awaited.Operation;
                    break;
                case ILocalReferenceOperation local:
                    holders.Add(local.Local);
                    current = SingleAssignment.ValueOf(local.Local, local);
                    break;
                case IFieldReferenceOperation field when !field.Field.IsConst:
                    throughMember = true;
                    current = _members.ValueOf(field.Field);
                    break;
                case IPropertyReferenceOperation property when IsOwnMember(property):
                    throughMember = true;
                    current = _members.ValueOf(property.Property);
                    break;
                default:
                    return new ObjectOrigin(current, holders, throughMember);
            }
        }

        return null;
    }

    /// <summary>A field or property of the type itself or a static one, not a property of another object.</summary>
    private static bool IsOwnMember(IPropertyReferenceOperation property)
        => !property.Property.DeclaringSyntaxReferences.IsEmpty
           && (property.Instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance });

    internal SymbolicString? StringOf(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        if (operation.ConstantValue.HasValue)
        {
            return operation.ConstantValue.Value is string text ? SymbolicString.Literal(text) : null;
        }

        if (_configuration is not null && operation.Kind is OperationKind.PropertyReference or OperationKind.Invocation or OperationKind.ConditionalAccess
            && _configuration.TryRead(operation, depth + 1, out var setting))
        {
            return setting;
        }

        switch (operation)
        {
            case IConversionOperation { OperatorMethod: null } conversion:
                return StringOf(conversion.Operand, depth + 1);
            case IParenthesizedOperation parenthesized:
                return StringOf(parenthesized.Operand, depth + 1);
            case IInterpolatedStringOperation interpolated:
                return Interpolation(interpolated, depth);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when add.Type?.SpecialType == SpecialType.System_String:
                return SymbolicString.Concat(new[] { PartOf(add.LeftOperand, depth), PartOf(add.RightOperand, depth) });
            case IConditionalOperation conditional:
                var whenTrue = StringOf(conditional.WhenTrue, depth + 1);
                var whenFalse = StringOf(conditional.WhenFalse, depth + 1);
                return whenTrue is not null && whenFalse is not null && whenTrue.SameAs(whenFalse) ? whenTrue : null;
            case IInvocationOperation invocation:
                return Invocation(invocation, depth);
            case IObjectCreationOperation creation when _symbols.TryGetNameTemplate(creation.Type, out var template):
                return ResourcePath.Fill(template, Arguments(creation.Arguments, depth));
            case IPropertyReferenceOperation { Property.Name: "DefaultEndpoint", Instance: null } property
                when SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, _symbols.SpeechClient):
                return SymbolicString.Literal(DefaultEndpoint);
            case IPropertyReferenceOperation { Instance: { } instance } property when !IsOwnMember(property):
                var member = MemberOf(instance, MessageFields.ViewsOf(property.Property.Name), operation);
                return member.State == MemberState.Set ? StringOf(member.Value, depth + 1) : null;
            case IFieldReferenceOperation { Field: { Name: "Empty", IsStatic: true, ContainingType.SpecialType: SpecialType.System_String } }:
                return SymbolicString.Literal(string.Empty); // not a const, but as known as "": KmsKeyName = string.Empty is a key removal
            case ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation or IAwaitOperation:
                var origin = OriginOf(operation, depth + 1);
                return origin is null || origin.Expression == operation ? null : StringOf(origin.Expression, depth + 1);
            default:
                return null;
        }
    }

    private SymbolicString PartOf(IOperation operand, int depth) => StringOf(operand, depth + 1) ?? SymbolicString.Hole;

    private SymbolicString Interpolation(IInterpolatedStringOperation interpolated, int depth)
    {
        var pieces = new List<SymbolicString>();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text:
                    pieces.Add(StringOf(text.Text, depth + 1) ?? SymbolicString.Hole);
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                    pieces.Add(PartOf(hole.Expression, depth));
                    break;
                default:
                    pieces.Add(SymbolicString.Hole);
                    break;
            }
        }

        return SymbolicString.Concat(pieces);
    }

    private SymbolicString? Invocation(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        if (method.ContainingType?.SpecialType == SpecialType.System_String && method.IsStatic)
        {
            return method.Name switch
            {
                "Format" => Format(invocation, depth),
                "Concat" => Concat(invocation, depth),
                _ => null,
            };
        }

        if (method.Name == "ToString" && method.Parameters.IsEmpty && invocation.Instance is { } receiver
            && (receiver.Type?.SpecialType == SpecialType.System_String || _symbols.TryGetNameTemplate(receiver.Type, out _)))
        {
            return StringOf(receiver, depth + 1);
        }

        if (method.IsStatic && _symbols.TryGetNameTemplate(method.ContainingType, out var template))
        {
            if (method.Name.StartsWith("Format", System.StringComparison.Ordinal)
                || (method.Name.StartsWith("From", System.StringComparison.Ordinal) && method.Name != "FromUnparsed"))
            {
                return ResourcePath.Fill(template, Arguments(invocation.Arguments, depth));
            }

            if (method.Name == "Parse" && invocation.Arguments.Length >= 1)
            {
                return StringOf(ArgumentFor(invocation, method.Parameters[0]), depth + 1);
            }
        }

        return null;
    }

    private ImmutableArray<SymbolicString> Arguments(ImmutableArray<IArgumentOperation> arguments, int depth)
    {
        var ordered = new SymbolicString[arguments.Length];
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && parameter.Ordinal < ordered.Length)
            {
                ordered[parameter.Ordinal] = PartOf(argument.Value, depth);
            }
        }

        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] ??= SymbolicString.Hole;
        }

        return ordered.ToImmutableArray();
    }

    private static IOperation? ArgumentFor(IInvocationOperation invocation, IParameterSymbol parameter)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (SymbolEqualityComparer.Default.Equals(argument.Parameter, parameter))
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The values after the format (or of Concat), with a params array spread out; null when they cannot be listed.</summary>
    private static List<IOperation>? ValuesAfter(IInvocationOperation invocation, int firstOrdinal)
    {
        var values = new List<IOperation>();
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is null || argument.Parameter.Ordinal < firstOrdinal)
            {
                continue;
            }

            if (argument.ArgumentKind == ArgumentKind.ParamArray)
            {
                if (argument.Value is not IArrayCreationOperation { Initializer: { } elements })
                {
                    return null;
                }

                values.AddRange(elements.ElementValues);
            }
            else if (argument.Parameter.Type.SpecialType is SpecialType.System_String or SpecialType.System_Object)
            {
                values.Add(argument.Value);
            }
            else
            {
                return null; // IEnumerable<string>, ReadOnlySpan<object?>... not followed
            }
        }

        return values;
    }

    private SymbolicString? Concat(IInvocationOperation invocation, int depth)
    {
        var values = ValuesAfter(invocation, 0);
        if (values is null)
        {
            return null;
        }

        var pieces = new List<SymbolicString>();
        foreach (var value in values)
        {
            pieces.Add(PartOf(value, depth));
        }

        return SymbolicString.Concat(pieces);
    }

    private SymbolicString? Format(IInvocationOperation invocation, int depth)
    {
        IParameterSymbol? formatParameter = null;
        foreach (var parameter in invocation.TargetMethod.Parameters)
        {
            if (parameter.Name == "format")
            {
                formatParameter = parameter;
            }
        }

        if (formatParameter is null || formatParameter.Type.SpecialType != SpecialType.System_String
            || StringOf(ArgumentFor(invocation, formatParameter), depth + 1)?.Value is not { } format
            || ValuesAfter(invocation, formatParameter.Ordinal + 1) is not { } values)
        {
            return null;
        }

        var pieces = new List<SymbolicString>();
        var text = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                text.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                return null;
            }

            if (c != '{')
            {
                text.Append(c);
                continue;
            }

            var close = format.IndexOf('}', i);
            if (close < 0)
            {
                return null;
            }

            var item = format.Substring(i + 1, close - i - 1);
            pieces.Add(SymbolicString.Literal(text.ToString()));
            text.Clear();
            if (int.TryParse(item, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
            {
                if (index >= values.Count)
                {
                    return null; // would throw at run time
                }

                pieces.Add(PartOf(values[index], depth));
            }
            else
            {
                pieces.Add(SymbolicString.Hole); // alignment or format specifier: the text is not the value's own
            }

            i = close;
        }

        pieces.Add(SymbolicString.Literal(text.ToString()));
        return SymbolicString.Concat(pieces);
    }
}
