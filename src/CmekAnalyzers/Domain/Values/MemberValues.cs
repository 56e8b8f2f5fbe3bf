using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using CmekAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Domain.Values;

/// <summary>
/// The one value a field or property is ever given: its initializer or a single assignment inside its type
/// (a constructor, typically). Only for members nobody outside the type can assign: readonly or private fields,
/// get-only or privately set auto-properties, expression-bodied properties. Cached per compilation.
/// </summary>
internal sealed class MemberValues
{
    private readonly SemanticModels _models;
    private readonly ConcurrentDictionary<ISymbol, Holder> _cache = new(SymbolEqualityComparer.Default);

    public MemberValues(SemanticModels models) => _models = models;

    public IOperation? ValueOf(ISymbol member)
        => _cache.GetOrAdd(member, m => new Holder(Compute(m))).Value;

    private IOperation? Compute(ISymbol member)
    {
        if (member.ContainingType is not { } type || !CanOnlyBeSetInside(member))
        {
            return null;
        }

        var values = new List<IOperation>();
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var node = reference.GetSyntax();
            var initializer = node switch
            {
                VariableDeclaratorSyntax declarator => (SyntaxNode?)declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => (SyntaxNode?)property.ExpressionBody?.Expression ?? property.Initializer?.Value,
                _ => null,
            };
            if (initializer is not null && _models.For(initializer.SyntaxTree).GetOperation(initializer) is { } value)
            {
                values.Add(value);
            }
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var typeSyntax = reference.GetSyntax();
            foreach (var name in typeSyntax.DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (name.Identifier.ValueText != member.Name || !IsWrite(name))
                {
                    continue;
                }

                var model = _models.For(name.SyntaxTree);
                if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, member))
                {
                    continue;
                }

                var assigned = AssignmentOf(name);
                if (assigned is null || model.GetOperation(assigned) is not ISimpleAssignmentOperation assignment)
                {
                    return null;
                }

                values.Add(assignment.Value);
            }
        }

        return values.Count == 1 ? values[0] : null;
    }

    private static bool CanOnlyBeSetInside(ISymbol member)
    {
        switch (member)
        {
            case IFieldSymbol field:
                return !field.IsConst && (field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private);
            case IPropertySymbol property:
                if (property.IsIndexer || property.DeclaringSyntaxReferences.IsEmpty)
                {
                    return false;
                }

                return property.DeclaringSyntaxReferences.All(r => r.GetSyntax() is PropertyDeclarationSyntax syntax && IsAutoOrExpressionBodied(syntax))
                       && (property.SetMethod is null
                           || property.SetMethod.DeclaredAccessibility == Accessibility.Private
                           || property.DeclaredAccessibility == Accessibility.Private);
            default:
                return false;
        }
    }

    private static bool IsAutoOrExpressionBodied(PropertyDeclarationSyntax syntax)
        => syntax.ExpressionBody is not null
           || (syntax.AccessorList is { } accessors && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null));

    /// <summary>Any write, simple or not, so that a compound or ref write makes the value unknown.</summary>
    private static bool IsWrite(SimpleNameSyntax name)
    {
        SyntaxNode node = name;
        if (node.Parent is MemberAccessExpressionSyntax access && access.Name == node)
        {
            node = access;
        }

        return node.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == node,
            PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
            _ => false,
        };
    }

    private static AssignmentExpressionSyntax? AssignmentOf(SimpleNameSyntax name)
    {
        SyntaxNode node = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
        return node.Parent is AssignmentExpressionSyntax assignment && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
            ? assignment
            : null;
    }

    private sealed class Holder
    {
        public Holder(IOperation? value) => Value = value;

        public IOperation? Value { get; }
    }
}
