using System.Linq.Expressions;

namespace IntegrationHub.Mapping;

/// <summary>
/// Turns an <see cref="ElementPath"/> into a typed <c>Action&lt;TRoot, TValue&gt;</c> once, at load time,
/// with expression trees: intermediate elements are created on demand, a list leaf gets the value
/// appended and a single-valued leaf keeps the first value written (so a later row is a fallback).
/// </summary>
internal static class SetterCompiler
{
    public static Delegate Compile(ElementPath path)
    {
        var root = Expression.Parameter(path.Root, "root");
        var value = Expression.Parameter(path.LeafItemType, "value");
        var variables = new List<ParameterExpression>();
        var body = new List<Expression>();
        Expression current = root;

        for (var i = 0; i < path.Steps.Count - 1; i++)
        {
            var step = path.Steps[i];
            var property = Expression.Property(current, step.Property);
            if (step.IsList)
            {
                var list = Expression.Variable(step.Property.PropertyType, "list" + i);
                variables.Add(list);
                body.Add(Expression.Assign(list, property));
                body.Add(Expression.IfThen(
                    Expression.Equal(list, Expression.Constant(null, list.Type)),
                    Expression.Block(Expression.Assign(list, Expression.New(list.Type)), Expression.Assign(property, list))));
                var item = Expression.Variable(step.ItemType, "item" + i);
                variables.Add(item);
                var helper = typeof(ListSteps).GetMethod(step.Append ? nameof(ListSteps.AddNew) : nameof(ListSteps.LastOrAdd))!
                    .MakeGenericMethod(step.ItemType);
                body.Add(Expression.Assign(item, Expression.Call(helper, list)));
                current = item;
            }
            else
            {
                var node = Expression.Variable(step.ItemType, "node" + i);
                variables.Add(node);
                body.Add(Expression.Assign(node, property));
                body.Add(Expression.IfThen(
                    Expression.Equal(node, Expression.Constant(null, node.Type)),
                    Expression.Block(Expression.Assign(node, Expression.New(node.Type)), Expression.Assign(property, node))));
                current = node;
            }
        }

        var leaf = path.Steps[^1];
        var leafProperty = Expression.Property(current, leaf.Property);
        if (leaf.IsList)
        {
            var list = Expression.Variable(leaf.Property.PropertyType, "leafList");
            variables.Add(list);
            body.Add(Expression.Assign(list, leafProperty));
            body.Add(Expression.IfThen(
                Expression.Equal(list, Expression.Constant(null, list.Type)),
                Expression.Block(Expression.Assign(list, Expression.New(list.Type)), Expression.Assign(leafProperty, list))));
            body.Add(Expression.Call(list, list.Type.GetMethod("Add")!, value));
        }
        else
        {
            var propertyType = leaf.Property.PropertyType;
            Expression assign = Expression.Assign(leafProperty, Expression.Convert(value, propertyType));
            var canBeNull = !propertyType.IsValueType || Nullable.GetUnderlyingType(propertyType) is not null;
            body.Add(canBeNull
                ? Expression.IfThen(Expression.Equal(leafProperty, Expression.Constant(null, propertyType)), assign)
                : assign);
        }

        var delegateType = typeof(Action<,>).MakeGenericType(path.Root, path.LeafItemType);
        return Expression.Lambda(delegateType, Expression.Block(variables, body), root, value).Compile();
    }
}
