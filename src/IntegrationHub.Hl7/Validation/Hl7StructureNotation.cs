namespace IntegrationHub.Hl7;

/// <summary>
/// Reads HL7's abstract message syntax: segment ids, <c>[ … ]</c> optional, <c>{ … }</c> repeating; brackets around
/// more than one element make a group. E.g. <c>MSH EVN PID [PD1] [{ PR1 [{ROL}] }]</c>.
/// </summary>
internal static class Hl7StructureNotation
{
    public static Hl7StructureNode[] Parse(string definition)
    {
        int position = 0;
        var nodes = ParseSequence(definition, ref position, '\0');
        return nodes;
    }

    private static Hl7StructureNode[] ParseSequence(string text, ref int position, char close)
    {
        var nodes = new List<Hl7StructureNode>();
        while (true)
        {
            while (position < text.Length && text[position] == ' ')
            {
                position++;
            }

            if (position >= text.Length)
            {
                if (close != '\0')
                {
                    throw new FormatException($"Structure definition ends before '{close}': {text}");
                }

                return [.. nodes];
            }

            char c = text[position];
            if (c == close)
            {
                position++;
                return [.. nodes];
            }

            if (c is '[' or '{')
            {
                position++;
                var inner = ParseSequence(text, ref position, c == '[' ? ']' : '}');
                bool optional = c == '[';
                nodes.Add(inner.Length == 1
                    ? inner[0].With(required: !optional && inner[0].Required, repeating: !optional || inner[0].Repeating)
                    : new Hl7StructureNode(inner, required: !optional, repeating: !optional));
                continue;
            }

            if (position + 3 > text.Length)
            {
                throw new FormatException($"Bad segment id at {position}: {text}");
            }

            nodes.Add(new Hl7StructureNode(text.Substring(position, 3), required: true, repeating: false));
            position += 3;
        }
    }
}
