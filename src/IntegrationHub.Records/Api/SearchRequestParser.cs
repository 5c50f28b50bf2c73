using System.Globalization;
using IntegrationHub.Records.Indexing;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Records.Api;

/// <summary>
/// Reads a search query string into a <see cref="SearchQuery"/>. Strict: an unknown parameter, modifier or
/// _include is an error (400) rather than silently ignored, because a clinician must never get an unfiltered
/// list believing it was filtered.
/// </summary>
internal static class SearchRequestParser
{
    public const string OffsetParameter = "_offset";

    public static bool TryParse(string resourceType, IQueryCollection query, CareRecordOptions options, FhirCaller caller, out SearchQuery search, out string problem)
    {
        search = null!;
        problem = string.Empty;
        if (!SearchParameters.ByType.TryGetValue(resourceType, out var parameters))
        {
            problem = $"Search is not supported for {resourceType}.";
            return false;
        }

        var count = options.DefaultPageSize;
        var offset = 0;
        if (query.TryGetValue("_count", out var countText))
        {
            if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out count))
            {
                problem = "_count must be a whole number.";
                return false;
            }

            count = Math.Min(count, options.MaxPageSize);
        }

        if (query.TryGetValue(OffsetParameter, out var offsetText) && !int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            problem = "_offset must be a whole number.";
            return false;
        }

        search = new SearchQuery { ResourceType = resourceType, Count = count, Offset = offset, PracticeOds = caller.Organisation };
        if (caller.Patient is not null)
        {
            // A patient/ token: the search runs inside that patient's compartment whatever else it asks.
            search.Criteria.Add(new SearchCriterion("patient", SearchParamKind.Patient, [new SearchValue(null, caller.Patient)]));
        }

        foreach (var (key, values) in query)
        {
            switch (key)
            {
                case "_count" or OffsetParameter:
                    continue;
                case "_format":
                    if (values.ToString() is not ("json" or "application/json" or "application/fhir+json"))
                    {
                        problem = "Only JSON is supported (_format=json).";
                        return false;
                    }

                    continue;
                case "_include" or "_revinclude":
                    var allowed = (key == "_include" ? SearchParameters.Includes : SearchParameters.RevIncludes).GetValueOrDefault(resourceType) ?? [];
                    foreach (var value in values)
                    {
                        if (value is null || Array.IndexOf(allowed, value) < 0)
                        {
                            problem = $"{key}={value} is not supported for {resourceType}; supported: {string.Join(", ", allowed)}.";
                            return false;
                        }

                        (key == "_include" ? search.Include : search.RevInclude).Add(value);
                    }

                    continue;
                default:
                    break;
            }

            var colon = key.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? key : key[..colon];
            if (colon >= 0)
            {
                problem = $"The modifier in '{key}' is not supported.";
                return false;
            }

            if (!parameters.TryGetValue(name, out var definition))
            {
                problem = $"Unknown search parameter '{name}' for {resourceType}; supported: {string.Join(", ", parameters.Keys.Order(StringComparer.Ordinal))}.";
                return false;
            }

            // Repeated parameters are ANDed; commas inside one are ORed.
            foreach (var raw in values)
            {
                if (!TryParseValues(definition, raw ?? string.Empty, out var parsed, out problem))
                {
                    return false;
                }

                search.Criteria.Add(new SearchCriterion(definition.Name, definition.Kind, parsed));
            }
        }

        return true;
    }

    private static bool TryParseValues(SearchParameterDefinition definition, string raw, out List<SearchValue> values, out string problem)
    {
        values = [];
        problem = string.Empty;
        foreach (var part in raw.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.Length == 0)
            {
                problem = $"Empty value for '{definition.Name}'.";
                return false;
            }

            switch (definition.Kind)
            {
                case SearchParamKind.Id:
                    values.Add(new SearchValue(null, part));
                    break;
                case SearchParamKind.Patient:
                    values.Add(new SearchValue(null, LastId(part, "Patient")));
                    break;
                case SearchParamKind.Token:
                    var bar = part.IndexOf('|', StringComparison.Ordinal);
                    if (bar < 0)
                    {
                        values.Add(new SearchValue(null, part));
                    }
                    else if (bar == part.Length - 1)
                    {
                        problem = $"'{definition.Name}' needs a code after the system.";
                        return false;
                    }
                    else
                    {
                        values.Add(new SearchValue(part[..bar], part[(bar + 1)..]));
                    }

                    break;
                case SearchParamKind.String:
                    values.Add(new SearchValue(null, part.ToLowerInvariant()));
                    break;
                case SearchParamKind.Date:
                    var prefix = part.Length > 2 && char.IsLetter(part[0]) && char.IsLetter(part[1]) ? part[..2] : "eq";
                    var text = prefix == "eq" && !part.StartsWith("eq", StringComparison.Ordinal) ? part : part[2..];
                    if (prefix is not ("eq" or "ne" or "gt" or "lt" or "ge" or "le") || !DateRange.TryParse(text, out var low, out var high))
                    {
                        problem = $"'{part}' is not a date search value (prefix eq, ne, gt, lt, ge or le, then a FHIR date or dateTime).";
                        return false;
                    }

                    values.Add(new SearchValue(null, text, prefix, low, high));
                    break;
                case SearchParamKind.Reference:
                    var slash = part.LastIndexOf('/');
                    if (slash > 0)
                    {
                        var typeStart = part.LastIndexOf('/', slash - 1) + 1;
                        var type = part[typeStart..slash];
                        if (Array.IndexOf(definition.Targets, type) < 0)
                        {
                            problem = $"'{definition.Name}' refers to {string.Join(" or ", definition.Targets)}, not {type}.";
                            return false;
                        }

                        values.Add(new SearchValue(null, type + "/" + part[(slash + 1)..]));
                    }
                    else
                    {
                        foreach (var target in definition.Targets)
                        {
                            values.Add(new SearchValue(null, target + "/" + part));
                        }
                    }

                    break;
                default:
                    problem = $"'{definition.Name}' cannot be searched.";
                    return false;
            }
        }

        return true;
    }

    private static string LastId(string value, string type)
    {
        var marker = type + "/";
        var at = value.LastIndexOf(marker, StringComparison.Ordinal);
        return at >= 0 ? value[(at + marker.Length)..] : value;
    }
}
