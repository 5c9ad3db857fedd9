package org.tongban.license;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.tongban.catalog.MaterialSources;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.license.Licenses.LicenseView;
import org.tongban.shared.Actor;

/**
 * 免提交: which of a listing's materials the applicant's own valid licenses replace. The application form
 * attaches them instead of an upload (a license is a stronger source than a material reused from an earlier
 * case), the submission checks them again, and the guide says which materials a license type replaces.
 */
@Service
public class LicenseMaterials implements MaterialSources {

    private final LicenseTypes types;
    private final Licenses licenses;
    private final Clock clock;

    LicenseMaterials(LicenseTypes types, Licenses licenses, Clock clock) {
        this.types = types;
        this.licenses = licenses;
        this.clock = clock;
    }

    /** A license standing for a material: the license's identifier, type and validity. */
    public record Attached(String material, String identifier, String typeName, String validUntil) {
    }

    /** The name of the license type that replaces a material of this name, if any (for guides and forms). */
    @Override
    public Optional<String> licenseReplacing(String materialName) {
        return types.replacing(materialName).map(LicenseTypes.LicenseType::name);
    }

    /**
     * For each of the materials the actor's valid licenses replace: the license (the newest of its type).
     * Staff and anonymous callers hold none.
     */
    @Transactional(readOnly = true)
    public Map<String, Attached> available(List<String> materialNames, Actor actor) {
        Map<String, Attached> found = new LinkedHashMap<>();
        // Most materials no license replaces: then no account or license is read (every online submission asks).
        if (materialNames.stream().allMatch(m -> types.replacing(m).isEmpty())) {
            return found;
        }
        Optional<String> holder = licenses.holderCode(actor);
        if (holder.isEmpty()) {
            return found;
        }
        List<LicenseView> held = licenses.held(holder.get()).stream().filter(this::inForce).toList();
        for (String material : materialNames) {
            types.replacing(material).flatMap(type -> held.stream().filter(l -> l.typeCode().equals(type.code()))
                            .findFirst())
                    .ifPresent(l -> found.put(material, new Attached(material, l.identifier(), l.typeName(),
                            l.validUntil() == null ? "" : l.validUntil().toString())));
        }
        return found;
    }

    /** Whether this license of the actor's, valid now, stands for the material. */
    @Transactional(readOnly = true)
    public Optional<Attached> check(String materialName, String identifier, Actor actor) {
        Optional<String> holder = licenses.holderCode(actor);
        Optional<LicenseTypes.LicenseType> type = types.replacing(materialName);
        if (holder.isEmpty() || type.isEmpty() || identifier == null) {
            return Optional.empty();
        }
        return licenses.find(identifier).filter(l -> l.holderCode().equals(holder.get()))
                .filter(l -> l.typeCode().equals(type.get().code())).map(licenses::view).filter(this::inForce)
                .map(l -> new Attached(materialName, l.identifier(), l.typeName(),
                        l.validUntil() == null ? "" : l.validUntil().toString()));
    }

    private boolean inForce(LicenseView license) {
        return license.status().usable()
                && (license.validUntil() == null || !license.validUntil().isBefore(LocalDate.now(clock)));
    }
}
