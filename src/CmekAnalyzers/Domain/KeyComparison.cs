using System.Collections.Generic;
using CmekAnalyzers.Domain.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Domain;

/// <summary>
/// A read of a resource's key field that compares or asserts it: <c>==</c>, <c>!=</c>, <c>Equals</c>,
/// <c>string.Equals</c>, <c>string.IsNullOrEmpty</c>, patterns, switch, <c>Debug.Assert</c> (through its condition),
/// xUnit/NUnit/MSTest asserts and FluentAssertions' <c>Should()</c>. A read that compares nothing is not one.
/// </summary>
internal static class KeyComparison
{
    private static readonly HashSet<string> s_valueComparisons = new()
    {
        "Equals", "Equal", "NotEqual", "AreEqual", "AreNotEqual", "Same", "NotSame", "StartsWith", "EndsWith", "Contains", "That", "Be", "NotBe", "EqualTo", "Compare",
    };

    private static readonly HashSet<string> s_emptinessChecks = new()
    {
        "IsNullOrEmpty", "IsNullOrWhiteSpace", "Empty", "NotEmpty", "Null", "NotNull", "IsNull", "IsNotNull", "IsEmpty", "IsNotEmpty", "BeEmpty", "BeNullOrEmpty", "NotBeNullOrEmpty",
    };

    /// <summary>What the key field is compared with; <paramref name="againstEmpty"/> for emptiness checks. False when it is no comparison.</summary>
    public static bool TryGetComparands(IOperation read, out List<IOperation> comparands, out bool againstEmpty)
    {
        comparands = new List<IOperation>();
        againstEmpty = false;
        var consumer = OperationTree.Consumer(read, out var direct);
        switch (consumer)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                comparands.Add(binary.LeftOperand == direct ? binary.RightOperand : binary.LeftOperand);
                return true;
            case IArgumentOperation { Parent: IInvocationOperation invocation } argument:
                return FromInvocation(invocation, argument, comparands, ref againstEmpty);
            case IInvocationOperation invocation when invocation.Instance == direct:
                if (invocation.TargetMethod.Name == "Should")
                {
                    return OperationTree.Consumer(invocation, out _) is IInvocationOperation assertion && FromInvocation(assertion, null, comparands, ref againstEmpty);
                }

                return FromInvocation(invocation, null, comparands, ref againstEmpty);
            case IIsPatternOperation pattern:
                return FromPattern(pattern.Pattern, comparands, ref againstEmpty);
            case ISwitchExpressionOperation switchExpression when switchExpression.Value == direct:
                foreach (var arm in switchExpression.Arms)
                {
                    FromPattern(arm.Pattern, comparands, ref againstEmpty);
                }

                return comparands.Count > 0 || againstEmpty;
            case ISwitchOperation switchStatement when switchStatement.Value == direct:
                foreach (var section in switchStatement.Cases)
                {
                    foreach (var clause in section.Clauses)
                    {
                        if (clause is ISingleValueCaseClauseOperation single)
                        {
                            comparands.Add(single.Value);
                        }
                        else if (clause is IPatternCaseClauseOperation patternClause)
                        {
                            FromPattern(patternClause.Pattern, comparands, ref againstEmpty);
                        }
                    }
                }

                return comparands.Count > 0;
            default:
                return false;
        }
    }

    /// <summary>True when <paramref name="comparand"/> is the key the config was given (or empty, after a removal).</summary>
    public static bool IsTheNewKey(IOperation comparand, KeyReference key, ValueResolver values)
    {
        var unwrapped = OperationTree.Unwrap(comparand);
        if (key.IsRemoval)
        {
            return unwrapped.ConstantValue is { HasValue: true, Value: null or "" }
                   || unwrapped is IFieldReferenceOperation { Field.Name: "Empty", Field.ContainingType.SpecialType: SpecialType.System_String };
        }

        if (key.Name?.Value is { } keyText && values.StringOf(unwrapped)?.Value == keyText)
        {
            return true;
        }

        var keyValue = OperationTree.Unwrap(key.Value);
        if (Symbol(unwrapped) is { } symbol && SymbolEqualityComparer.Default.Equals(symbol, Symbol(keyValue)))
        {
            return true;
        }

        return unwrapped.Syntax.SyntaxTree == keyValue.Syntax.SyntaxTree && SyntaxFactory.AreEquivalent(unwrapped.Syntax, keyValue.Syntax)
               && unwrapped.Syntax is not Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax;
    }

    private static ISymbol? Symbol(IOperation operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation } property => property.Property,
        _ => null,
    };

    private static bool FromInvocation(IInvocationOperation invocation, IArgumentOperation? readArgument, List<IOperation> comparands, ref bool againstEmpty)
    {
        var name = invocation.TargetMethod.Name;
        if (s_emptinessChecks.Contains(name))
        {
            againstEmpty = true;
            return true;
        }

        if (!s_valueComparisons.Contains(name))
        {
            return false;
        }

        if (invocation.Instance is { } instance && readArgument is not null)
        {
            comparands.Add(instance);
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument == readArgument || argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value.Type?.SpecialType == SpecialType.System_Boolean)
            {
                continue;
            }

            // NUnit: Assert.That(actual, Is.EqualTo(expected)).
            comparands.Add(argument.Value is IInvocationOperation { Arguments.Length: 1 } constraint && constraint.TargetMethod.Name == "EqualTo"
                ? constraint.Arguments[0].Value
                : argument.Value);
        }

        return comparands.Count > 0;
    }

    private static bool FromPattern(IPatternOperation pattern, List<IOperation> comparands, ref bool againstEmpty)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                comparands.Add(constant.Value);
                return true;
            case INegatedPatternOperation negated:
                return FromPattern(negated.Pattern, comparands, ref againstEmpty);
            case IBinaryPatternOperation binary:
                var left = FromPattern(binary.LeftPattern, comparands, ref againstEmpty);
                var right = FromPattern(binary.RightPattern, comparands, ref againstEmpty);
                return left || right;
            default:
                return false;
        }
    }
}
