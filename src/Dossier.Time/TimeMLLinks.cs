using System.Collections.Immutable;
using System.Xml.Linq;

namespace Dossier.Time;

/// <summary>Reads a TimeML file's event–time TLINKs, resolving event instances to their events.</summary>
internal static class TimeMLLinks
{
    public static ImmutableArray<TimeMLLink> Read(XElement root)
    {
        var instances = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var instance in root.Descendants().Where(e => e.Name.LocalName == "MAKEINSTANCE"))
        {
            if (instance.Attribute("eiid")?.Value is { } instanceId && instance.Attribute("eventID")?.Value is { } eventId)
            {
                instances[instanceId] = eventId;
            }
        }
        var links = ImmutableArray.CreateBuilder<TimeMLLink>();
        foreach (var link in root.Descendants().Where(e => e.Name.LocalName == "TLINK"))
        {
            var relation = link.Attribute("relType")?.Value ?? "";
            // Either direction: an event related to a time, or a time related to an event.
            var (instance, timex) = (link.Attribute("eventInstanceID")?.Value, link.Attribute("relatedToTime")?.Value) is ({ } i, { } t)
                ? (i, t)
                : (link.Attribute("relatedToEventInstance")?.Value, link.Attribute("timeID")?.Value);
            if (instance is not null && timex is not null && instances.TryGetValue(instance, out var eventId))
            {
                links.Add(new TimeMLLink(eventId, timex, relation));
            }
        }
        return links.ToImmutable();
    }
}
