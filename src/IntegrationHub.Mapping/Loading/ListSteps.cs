namespace IntegrationHub.Mapping;

/// <summary>List steps the compiled setters call: reuse the last item, or append a new one.</summary>
internal static class ListSteps
{
    public static T LastOrAdd<T>(List<T> list)
        where T : new()
    {
        if (list.Count > 0)
        {
            return list[^1];
        }

        var item = new T();
        list.Add(item);
        return item;
    }

    public static T AddNew<T>(List<T> list)
        where T : new()
    {
        var item = new T();
        list.Add(item);
        return item;
    }
}
