package dk.jobandel.pools.web;

import dk.jobandel.pools.Pools;
import dk.jobandel.shared.CoverPicture;
import dk.jobandel.shared.WeekGrid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.ui.Model;

/** The needs board's week picture: every need of the pool in one grid, each member organisation in its colour. */
final class NeedsPicture {

    private NeedsPicture() {}

    static void addTo(Model model, List<Pools.Need> needs) {
        // one picture for all the needs, each member in its colour (members by organisation id, as everywhere)
        Map<Long, WeekGrid> byMember = new TreeMap<>();
        Map<Long, String> memberNames = new TreeMap<>();
        WeekGrid all = WeekGrid.EMPTY;
        for (Pools.Need need : needs) {
            byMember.merge(need.organisationId(), need.schedule(), WeekGrid::union);
            memberNames.put(need.organisationId(), need.organisationName());
            all = all.union(need.schedule());
        }
        List<Long> memberIds = List.copyOf(byMember.keySet());
        Map<Long, String> colours = new LinkedHashMap<>();
        memberIds.forEach(m -> colours.put(m, "m" + memberIds.indexOf(m) % CoverPicture.COLOURS));
        model.addAttribute("needsPicture", all.isEmpty() ? null : CoverPicture.of(all, List.copyOf(byMember.values())));
        model.addAttribute("memberNames", memberNames);
        model.addAttribute("memberColours", colours);
    }
}
