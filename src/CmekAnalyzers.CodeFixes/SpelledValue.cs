using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CmekAnalyzers.CodeFixes;

/// <summary>Where a string value is spelled: at the use site, or in the initializer of the const or readonly field it reads.</summary>
internal static class SpelledValue
{
    public static ExpressionSyntax? Find(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        while (value is ParenthesizedExpressionSyntax parenthesized)
        {
            value = parenthesized.Expression;
        }

        if (value is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax or BinaryExpressionSyntax)
        {
            return value;
        }

        return model.GetSymbolInfo(value, cancellationToken).Symbol is IFieldSymbol { DeclaringSyntaxReferences.Length: 1 } field
               && (field.IsConst || field.IsReadOnly)
               && field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax or InterpolatedStringExpressionSyntax } declarator
            ? declarator.Initializer!.Value
            : null;
    }
}
