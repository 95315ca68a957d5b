package be.classenumerique.plugins.cyberharassment;

import be.classenumerique.api.content.ClasspathContentPack;
import org.pf4j.Extension;

/** The awareness course: recognising cyber-harassment and knowing how to react, as victim or witness. */
@Extension
public class AwarenessPack extends ClasspathContentPack {

    public AwarenessPack() {
        super("content/cyberharcelement");
    }
}
