package io.ambient.models.trust;

import io.ambient.models.pkg.DurableFiles;
import io.ambient.models.pkg.Manifest;
import io.ambient.models.pkg.ManifestCodec;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.pkg.ModelPackageReader;

import java.io.IOException;
import java.nio.file.Path;

/** Signs a package directory in place: verifies it, then replaces its manifest.json atomically. */
public final class PackageSigning {
    private PackageSigning() {
    }

    /** @return the signed package, re-read and verified */
    public static ModelPackage sign(Path packageDir, ManifestSigner signer) throws ModelPackageException {
        ModelPackage pkg = new ModelPackageReader().read(packageDir);
        Manifest signed = signer.sign(pkg.manifest());
        try {
            DurableFiles.replace(packageDir.resolve(ModelPackage.MANIFEST_FILE), new ManifestCodec().write(signed));
        } catch (IOException e) {
            throw new ModelPackageException(ModelPackageException.Kind.IO_ERROR, ModelPackage.MANIFEST_FILE,
                    "cannot rewrite the manifest of " + packageDir + ": " + e, e);
        }
        return new ModelPackageReader().read(packageDir);
    }
}
